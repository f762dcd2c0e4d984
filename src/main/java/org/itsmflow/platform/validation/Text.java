package org.itsmflow.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text as people type it: at most {@link #max} characters, no control characters but tab and
 * line breaks, no text-direction overrides; required unless {@code optional}. The same rule as
 * {@link org.itsmflow.platform.Fields#text}, so the API's edge and the services agree.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = TextValidator.class)
public @interface Text {

  int max();

  /** Absent (null or blank) is fine; present, the rules apply. */
  boolean optional() default false;

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
