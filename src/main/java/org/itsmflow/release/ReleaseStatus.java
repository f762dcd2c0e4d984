package org.itsmflow.release;

import java.util.Locale;
import org.itsmflow.record.RecordStatus;
import org.itsmflow.record.RecordType;

/** Where a release stands; the REST API refuses actions the status does not allow (409). */
public enum ReleaseStatus implements RecordStatus {
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

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public boolean isEnded() {
    return RecordType.RELEASE.isEnded(name());
  }
}
