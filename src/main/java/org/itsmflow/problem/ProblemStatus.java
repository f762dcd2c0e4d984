package org.itsmflow.problem;

import java.util.Locale;

/** Where a problem stands; the REST API refuses actions the status does not allow (409). */
public enum ProblemStatus {
  /** Raised, waiting for a problem manager to categorise it (or reject the candidate). */
  LOGGED,
  INVESTIGATING,
  /** A change implements the permanent fix. */
  AWAITING_FIX,
  /** Fixed; the review period watches for recurring incidents. */
  VERIFYING,
  CLOSED,
  REJECTED;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  boolean isEnded() {
    return this == CLOSED || this == REJECTED;
  }
}
