package org.itsmflow.record;

import java.util.Map;

/**
 * What the Tasklist forms of one record type show from the record itself, read when a form opens
 * (so it is current, and the process need not keep a copy in its variables). Keys are the form
 * fields' keys; values are text, numbers, booleans or dates.
 */
public interface RecordFormFields {

  RecordType type();

  /** The record's fields for its forms; empty for a number this type does not know. */
  Map<String, Object> of(String number);
}
