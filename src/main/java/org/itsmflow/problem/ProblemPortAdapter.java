package org.itsmflow.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.ports.IncidentPort;
import org.itsmflow.ports.ProblemPort;
import org.itsmflow.record.RecordProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problem management as incident and release management see it: the problem an incident waits
 * on, known errors, problems raised from a major incident review or after a release.
 */
@Component
class ProblemPortAdapter implements ProblemPort {

  private final ProblemRepository repository;
  private final KnownErrors knownErrors;
  private final ProblemRequests requests;
  private final IncidentPort incidents;
  private final Problems problems;
  private final RecordProcess tasks;

  ProblemPortAdapter(ProblemRepository repository, KnownErrors knownErrors, ProblemRequests requests,
      IncidentPort incidents, Problems problems, RecordProcess tasks) {
    this.repository = repository;
    this.knownErrors = knownErrors;
    this.requests = requests;
    this.incidents = incidents;
    this.problems = problems;
    this.tasks = tasks;
  }

  @Override
  public List<KnownErrorMatch> searchKnownErrors(String text, String ciId, String serviceCode, int limit) {
    return knownErrors.search(text, ciId, serviceCode, null, 0, limit).stream().map(ProblemPortAdapter::match).toList();
  }

  @Override
  public KnownErrorMatch knownError(String number, String field) {
    try {
      return match(knownErrors.get(number));
    } catch (RecordNotFoundException e) {
      throw new RecordNotFoundException(KnownErrors.RECORD_TYPE, number, field);
    }
  }

  @Override
  public void linkIncident(String problemNumber, String incidentNumber) {
    tasks.take(problemNumber, ProblemController.LINK_INCIDENT, () -> Map.of(ProblemProcess.Variables.INCIDENT,
        problems.linkable(problemNumber, "incident", incidentNumber).number()));
  }

  private static KnownErrorMatch match(KnownError k) {
    return new KnownErrorMatch(k.number(), k.title(), k.workaround(), k.problemNumber());
  }

  @Override
  @Transactional(readOnly = true)
  public String problemOf(String incidentNumber) {
    return repository.problemOf(incidentNumber).orElse(null);
  }

  @Override
  @Transactional(readOnly = true)
  public List<KnownErrorMatch> knownErrors(String serviceCode, String ciId) {
    return knownErrors.matching(serviceCode, ciId).stream().map(ProblemPortAdapter::match).toList();
  }

  @Override
  @Transactional
  public String raiseFromReview(String incidentNumber, String cause) {
    Optional<String> open = repository.openProblemOf(incidentNumber);
    if (open.isPresent()) {
      return open.get();
    }
    IncidentPort.IncidentFacts i = incidents.find(incidentNumber)
        .orElseThrow(() -> new RecordNotFoundException("Incident", incidentNumber));
    String title = "Cause of major incident " + i.number() + ": " + i.title();
    return requests.raise(new Problems.Report(title.length() > 200 ? title.substring(0, 200) : title,
        "Raised by the major incident review of " + i.number() + ". Cause found: " + (cause == null ? "-" : cause),
        i.serviceCode(), i.ciId() == null ? List.of() : List.of(i.ciId()), List.of(i.number()),
        ProblemSource.MAJOR_INCIDENT_REVIEW.id(), null), null);
  }

  @Override
  @Transactional
  public String raiseForRelease(ProblemReport report, String releaseNumber) {
    return requests.raiseForRelease(new Problems.Report(report.title(), report.description(), report.serviceCode(),
        report.ciIds(), report.incidents(), ProblemSource.RELEASE.id(), null), releaseNumber);
  }

  @Override
  @Transactional(readOnly = true)
  public void requireProblem(String number, String field) {
    if (repository.find(number).isEmpty()) {
      throw new RecordNotFoundException(Problems.RECORD_TYPE, number, field);
    }
  }

  @Override
  @Transactional(readOnly = true)
  public void requireKnownError(String number, String field) {
    try {
      knownErrors.get(number);
    } catch (RecordNotFoundException e) {
      throw new RecordNotFoundException(KnownErrors.RECORD_TYPE, number, field);
    }
  }
}
