package org.itsmflow.improvement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.itsmflow.record.RecordStatus;
import org.itsmflow.record.RecordType;

/** Where an improvement stands in the register; the REST API refuses actions the status does not allow (409). */
public enum ImprovementStatus implements RecordStatus {
  PROPOSED,
  PLANNING,
  IMPLEMENTING,
  /** Implemented: the review period runs before the outcome is measured. */
  IN_REVIEW_PERIOD,
  MEASURING,
  ACHIEVED,
  CLOSED,
  REJECTED;

  /** As the API shows it, e.g. in-review-period. */
  @JsonValue
  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public boolean isEnded() {
    return RecordType.IMPROVEMENT.isEnded(name());
  }
}
