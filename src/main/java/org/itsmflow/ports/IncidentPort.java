package org.itsmflow.ports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What problem and release management ask of incident management. */
public interface IncidentPort {

  /**
   * An incident as other processes see it.
   *
   * @param status as the API shows it, e.g. {@code in-progress}
   */
  record IncidentFacts(String number, String title, String status, String serviceCode, String ciId,
      Instant createdAt) {}

  Optional<IncidentFacts> find(String number);

  /** These incidents (unknown numbers left out), by number. */
  List<IncidentFacts> find(Collection<String> numbers);

  /** The open incidents on this configuration item, newest first (the CMDB's CI page). */
  List<IncidentFacts> openOnCi(String ciId);

  /** The incidents reported since then, by number. */
  List<IncidentFacts> reportedSince(Instant since);

  /**
   * The problem's permanent fix resolves the incident, if it still waits for it (an incident
   * resolved meanwhile is left as it is).
   */
  void resolveWithProblem(String incidentNumber, String problemNumber, String resolutionCode, String resolution);
}
