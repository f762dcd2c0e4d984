package org.itsmflow.change;

import java.util.Locale;
import org.itsmflow.record.RecordStatus;
import org.itsmflow.record.RecordType;

/** Where a change stands; the REST API refuses actions the status does not allow (409). */
public enum ChangeStatus implements RecordStatus {
  RECORDED,
  AWAITING_AUTHORISATION,
  REJECTED,
  AUTHORISED,
  AWAITING_RESCHEDULE,
  SCHEDULED,
  /** Bundled in a release: the release deploys it. */
  IN_RELEASE,
  IMPLEMENTING,
  REMEDIATING,
  IN_REVIEW,
  CLOSED,
  WITHDRAWN;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Holds its slot in the schedule of change. */
  boolean isScheduled() {
    return this == AUTHORISED || this == SCHEDULED || this == IN_RELEASE || this == IMPLEMENTING
        || this == REMEDIATING;
  }

  @Override
  public boolean isEnded() {
    return RecordType.CHANGE.isEnded(name());
  }
}
