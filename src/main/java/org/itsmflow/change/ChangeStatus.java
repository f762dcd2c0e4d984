package org.itsmflow.change;

import java.util.Locale;

/** Where a change stands; the REST API refuses actions the status does not allow (409). */
public enum ChangeStatus {
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

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Holds its slot in the schedule of change. */
  boolean isScheduled() {
    return this == AUTHORISED || this == SCHEDULED || this == IN_RELEASE || this == IMPLEMENTING
        || this == REMEDIATING;
  }

  boolean isEnded() {
    return this == CLOSED || this == WITHDRAWN;
  }
}
