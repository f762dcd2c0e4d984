package org.itsmflow.release;

import java.util.Locale;

/** Where a release stands; the REST API refuses actions the status does not allow (409). */
public enum ReleaseStatus {
  /** Being built and tested (again after failed tests or a rejection). */
  BUILDING,
  AWAITING_ACCEPTANCE,
  /** Accepted and baselined: waits for its deployment window. */
  SCHEDULED,
  DEPLOYING,
  /** The window passed without a result: the release managers decide. */
  WINDOW_MISSED,
  EARLY_LIFE_SUPPORT,
  ROLLING_BACK,
  /** Rolled back: the release managers replan or cancel it. */
  AWAITING_REPLAN,
  CLOSED,
  CANCELLED;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  boolean isEnded() {
    return this == CLOSED || this == CANCELLED;
  }
}
