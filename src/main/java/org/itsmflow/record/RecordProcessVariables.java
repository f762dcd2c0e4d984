package org.itsmflow.record;

import java.util.Map;
import java.util.Set;

/**
 * What the process of one record type keeps as variables, and what its Tasklist forms read from
 * the record instead. The process keeps what its gateways, timers, decisions and task assignments
 * read after a wait state, and what Tasklist's lists show ({@link #flow()}); any other input a step
 * receives (a form's or the API's) is passed as a transient value that the step's delegates read
 * in the same transaction and write to the record. The forms read the record when they open
 * ({@link #formFields(String)}), so they show it as it is now.
 */
public interface RecordProcessVariables {

  RecordType type();

  /** The variables the process keeps. */
  Set<String> flow();

  /** The record's fields for its forms, keyed by the forms' field keys; empty for an unknown number. */
  Map<String, Object> formFields(String number);
}
