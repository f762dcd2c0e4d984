package org.itsmflow.improvement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an improvement stands in the register; the REST API refuses actions the status does not allow (409). */
public enum ImprovementStatus {
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
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  boolean isEnded() {
    return this == ACHIEVED || this == CLOSED || this == REJECTED;
  }
}
