package org.itsmflow.nonconformity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.itsmflow.record.RecordStatus;
import org.itsmflow.record.RecordType;

/** Where a nonconformity stands; the REST API refuses actions the status does not allow (409). */
public enum NonconformityStatus implements RecordStatus {
  /** Recorded: immediate correction first. */
  RECORDED,
  ANALYSING,
  PLANNING_ACTION,
  ACTION_OPEN,
  /** The action is done: the effectiveness review waits for its date. */
  AWAITING_REVIEW,
  REVIEWING,
  CLOSED;

  /** As the API shows it, e.g. in-review-period. */
  @JsonValue
  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public boolean isEnded() {
    return RecordType.NONCONFORMITY.isEnded(name());
  }
}
