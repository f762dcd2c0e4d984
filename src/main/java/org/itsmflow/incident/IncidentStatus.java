package org.itsmflow.incident;

import java.util.Locale;
import org.itsmflow.record.RecordStatus;
import org.itsmflow.record.RecordType;

/** Where an incident stands; the REST API refuses actions the status does not allow (409). */
public enum IncidentStatus implements RecordStatus {
  NEW,
  IN_PROGRESS,
  ON_HOLD,
  RESOLVED,
  CLOSED;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  boolean isOpen() {
    return this == NEW || this == IN_PROGRESS || this == ON_HOLD;
  }

  @Override
  public boolean isEnded() {
    return RecordType.INCIDENT.isEnded(name());
  }
}
