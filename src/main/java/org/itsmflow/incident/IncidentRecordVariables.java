package org.itsmflow.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.ports.ProblemPort;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.RecordTypeVariables;
import org.springframework.stereotype.Component;

/**
 * incident-management keeps {@link IncidentProcess.Variables#FLOW}; its forms read the report
 * (description, CI, reporter, channel, service) and the known errors for its CI or service from
 * the records when they open, so the process keeps none of them.
 */
@Component
class IncidentRecordVariables extends RecordTypeVariables {

  private final IncidentRepository repository;
  private final ProblemPort problems;

  IncidentRecordVariables(IncidentRepository repository, ProblemPort problems) {
    super(RecordType.INCIDENT, IncidentProcess.Variables.FLOW);
    this.repository = repository;
    this.problems = problems;
  }

  @Override
  public Map<String, Object> formFields(String number) {
    return repository.find(number).map(this::fields).orElse(Map.of());
  }

  private Map<String, Object> fields(Incident i) {
    Map<String, Object> fields = new HashMap<>();
    fields.put(IncidentProcess.Variables.DESCRIPTION, i.description());
    fields.put(IncidentProcess.Variables.SERVICE_CODE, i.serviceCode());
    fields.put(IncidentProcess.Variables.CI_ID, i.ciId());
    fields.put(IncidentProcess.Variables.REPORTED_BY, i.reportedBy());
    fields.put(IncidentProcess.Variables.CHANNEL, i.channel());
    fields.put(IncidentProcess.Variables.KNOWN_ERRORS,
        knownErrors(problems.knownErrors(i.serviceCode(), i.ciId())));
    return fields;
  }

  /** One line per known error: number, problem, title and workaround. */
  static String knownErrors(List<ProblemPort.KnownErrorMatch> matches) {
    if (matches.isEmpty()) {
      return "none for this CI or service";
    }
    return ProcessVariables.shown(matches.stream().map(k -> k.number() + " (" + k.problemNumber() + ") " + k.title()
        + ": " + (k.workaround() == null ? "no workaround yet" : k.workaround())).toList(), "\n");
  }
}
