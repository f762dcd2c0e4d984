package org.itsmflow.problem;

import java.util.List;
import java.util.Optional;
import org.itsmflow.incident.Incident;
import org.itsmflow.incident.Incidents;
import org.itsmflow.incident.ProblemLinks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Problem management as incident management sees it: problems, known errors, problems from reviews. */
@Component
class IncidentProblemLinks implements ProblemLinks {

  private final ProblemRepository repository;
  private final KnownErrors knownErrors;
  private final ProblemRequests requests;
  private final Incidents incidents;

  IncidentProblemLinks(ProblemRepository repository, KnownErrors knownErrors, ProblemRequests requests,
      Incidents incidents) {
    this.repository = repository;
    this.knownErrors = knownErrors;
    this.requests = requests;
    this.incidents = incidents;
  }

  @Override
  @Transactional(readOnly = true)
  public String problemOf(String incidentNumber) {
    return repository.problemOf(incidentNumber).orElse(null);
  }

  @Override
  @Transactional(readOnly = true)
  public List<KnownErrorMatch> knownErrors(String serviceCode, String ciId) {
    return knownErrors.matching(serviceCode, ciId).stream()
        .map(k -> new KnownErrorMatch(k.number(), k.title(), k.workaround(), k.problemNumber())).toList();
  }

  @Override
  @Transactional
  public String raiseFromReview(String incidentNumber, String cause) {
    Optional<String> open = repository.openProblemOf(incidentNumber);
    if (open.isPresent()) {
      return open.get();
    }
    Incident i = incidents.get(incidentNumber);
    String title = "Cause of major incident " + i.number() + ": " + i.title();
    return requests.raise(new Problems.Report(title.length() > 200 ? title.substring(0, 200) : title,
        "Raised by the major incident review of " + i.number() + ". Cause found: " + (cause == null ? "-" : cause),
        i.serviceCode(), i.ciId() == null ? List.of() : List.of(i.ciId()), List.of(i.number()),
        ProblemSource.MAJOR_INCIDENT_REVIEW.id(), null), null);
  }
}
