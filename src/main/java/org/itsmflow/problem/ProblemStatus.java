package org.itsmflow.problem;

import java.util.Locale;
import org.itsmflow.record.RecordStatus;
import org.itsmflow.record.RecordType;

/** Where a problem stands; the REST API refuses actions the status does not allow (409). */
public enum ProblemStatus implements RecordStatus {
  /** Raised, waiting for a problem manager to categorise it (or reject the candidate). */
  LOGGED,
  INVESTIGATING,
  /** A change implements the permanent fix. */
  AWAITING_FIX,
  /** Fixed; the review period watches for recurring incidents. */
  VERIFYING,
  CLOSED,
  REJECTED;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public boolean isEnded() {
    return RecordType.PROBLEM.isEnded(name());
  }
}
