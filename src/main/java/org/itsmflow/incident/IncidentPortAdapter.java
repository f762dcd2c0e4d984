package org.itsmflow.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.itsmflow.incident.IncidentProcess.Messages;
import org.itsmflow.incident.IncidentProcess.Variables;
import org.itsmflow.ports.IncidentPort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Incident management as problem and release management see it. */
@Component
class IncidentPortAdapter implements IncidentPort {

  private final IncidentRepository repository;
  private final RuntimeService runtimeService;

  IncidentPortAdapter(IncidentRepository repository, RuntimeService runtimeService) {
    this.repository = repository;
    this.runtimeService = runtimeService;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<IncidentFacts> find(String number) {
    return repository.find(number).map(IncidentPortAdapter::facts);
  }

  @Override
  @Transactional(readOnly = true)
  public List<IncidentFacts> find(Collection<String> numbers) {
    return repository.find(numbers).stream().map(IncidentPortAdapter::facts).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<IncidentFacts> openOnCi(String ciId) {
    return repository.openOnCi(ciId).stream().map(IncidentPortAdapter::facts).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<IncidentFacts> reportedSince(Instant since) {
    return repository.reportedSince(since).stream().map(IncidentPortAdapter::facts).toList();
  }

  @Override
  @Transactional
  public void resolveWithProblem(String incidentNumber, String problemNumber, String resolutionCode,
      String resolution) {
    // Nobody waiting (the incident was resolved meanwhile) is fine: correlateAll.
    runtimeService.createMessageCorrelation(Messages.PROBLEM_FIXED).processInstanceBusinessKey(incidentNumber)
        .setVariable(Variables.PROBLEM_NUMBER, problemNumber)
        .setVariable(Variables.RESOLUTION_CODE, resolutionCode)
        .setVariable(Variables.RESOLUTION, resolution)
        .correlateAllWithResult();
  }

  private static IncidentFacts facts(Incident i) {
    return new IncidentFacts(i.number(), i.title(), i.status().id(), i.serviceCode(), i.ciId(), i.createdAt());
  }
}
