package org.itsmflow.sla;

import java.util.Locale;

/** The targets an SLA sets for a record (ISO 20000 8.3.3; users ask for both separately). */
public enum SlaTarget {
  /** Met by the first agent action on the record. */
  RESPONSE,
  /** Met when the record is resolved. */
  RESOLUTION;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
