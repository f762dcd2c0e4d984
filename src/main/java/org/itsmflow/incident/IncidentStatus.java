package org.itsmflow.incident;

import java.util.Locale;

/** Where an incident stands; the REST API refuses actions the status does not allow (409). */
public enum IncidentStatus {
  NEW,
  IN_PROGRESS,
  ON_HOLD,
  RESOLVED,
  CLOSED;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  boolean isOpen() {
    return this == NEW || this == IN_PROGRESS || this == ON_HOLD;
  }
}
