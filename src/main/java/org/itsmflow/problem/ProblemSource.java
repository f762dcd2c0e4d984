package org.itsmflow.problem;

import java.util.Locale;

/** Where a problem came from (ISO 20000 8.6.3: problems are identified from incidents and trends). */
public enum ProblemSource {
  MANUAL,
  INCIDENT,
  MAJOR_INCIDENT_REVIEW,
  TREND,
  /** Early life support of a release saw too many incidents. */
  RELEASE;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
