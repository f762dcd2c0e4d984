package org.itsmflow.ports;

import java.util.List;

/** What incident and release management ask of problem management. */
public interface ProblemPort {

  /** A known error as the service desk needs it: what to do until the problem is fixed. */
  record KnownErrorMatch(String number, String title, String workaround, String problemNumber) {}

  /**
   * A problem to raise for another process's record.
   *
   * @param incidents the incidents to link to it
   */
  record ProblemReport(String title, String description, String serviceCode, List<String> ciIds,
      List<String> incidents) {}

  /** The problem this incident is linked to, or null. */
  String problemOf(String incidentNumber);

  /** Active known errors on this CI or this service, newest first. */
  List<KnownErrorMatch> knownErrors(String serviceCode, String ciId);

  /**
   * A major incident review found a cause worth a problem: raises one with the incident linked
   * (unless the incident already waits on an open problem). Returns the problem number.
   */
  String raiseFromReview(String incidentNumber, String cause);

  /** Raises a problem for incidents after a release; once per release. Returns its number. */
  String raiseForRelease(ProblemReport report, String releaseNumber);

  /** 404 naming {@code field} unless the problem exists. */
  void requireProblem(String number, String field);

  /** 404 naming {@code field} unless the known error exists. */
  void requireKnownError(String number, String field);

  /**
   * The known-error database searched as the service desk does: text in title, symptoms, cause or
   * workaround, on a CI, on a service (each optional); active ones, the newest first.
   */
  List<KnownErrorMatch> searchKnownErrors(String text, String ciId, String serviceCode, int limit);

  /** One known error; 404 naming {@code field} when there is none. */
  KnownErrorMatch knownError(String number, String field);

  /**
   * Links an incident to a problem through the problem's process, as the problem API does (the
   * same checks: an incident already waiting on another open problem is refused).
   */
  void linkIncident(String problemNumber, String incidentNumber);
}
