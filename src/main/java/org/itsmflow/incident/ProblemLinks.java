package org.itsmflow.incident;

import java.util.List;

/**
 * What problem management knows about an incident (ISO 20000 8.6.3): the problem it waits on
 * and the known errors for its CI or service. Implemented by the problem package, so that
 * incident management needs no knowledge of problem records.
 */
public interface ProblemLinks {

  /** A known error as the service desk needs it: what to do until the problem is fixed. */
  record KnownErrorMatch(String number, String title, String workaround, String problemNumber) {}

  /** The problem this incident is linked to, or null. */
  String problemOf(String incidentNumber);

  /** Active known errors on this CI or this service, newest first. */
  List<KnownErrorMatch> knownErrors(String serviceCode, String ciId);

  /**
   * A major incident review found a cause worth a problem: raises one with the incident linked
   * (unless the incident already waits on an open problem). Returns the problem number.
   */
  String raiseFromReview(String incidentNumber, String cause);
}
