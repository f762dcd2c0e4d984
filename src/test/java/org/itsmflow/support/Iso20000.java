package org.itsmflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The clauses of ISO/IEC 20000-1 a test proves (src/main/resources/audit/iso20000-clauses.tsv): on
 * a class for each of its tests, on a method for that test. The build's traceability report
 * (TraceabilityReport) lists each with its result and fails when a clause ITSM Flow claims loses its
 * last passing test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Iso20000 {

  /** Clause numbers, e.g. "8.6.1". */
  String[] value();
}
