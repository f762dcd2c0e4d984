package org.itsmflow.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.RecordTypeVariables;

/**
 * What the flow and Tasklist's lists read, copied from the records whenever they change (number,
 * title, priority and the priority decision's inputs, the target); the forms read the rest from
 * the record when they open ({@link #formFields}).
 */
@org.springframework.stereotype.Component
class ProblemVariables extends RecordTypeVariables {

  private final ProblemRepository repository;
  private final Problems problems;
  private final KnownErrors knownErrors;

  ProblemVariables(Problems problems, KnownErrors knownErrors, ProblemRepository repository) {
    super(RecordType.PROBLEM, ProblemProcess.Variables.FLOW);
    this.repository = repository;
    this.problems = problems;
    this.knownErrors = knownErrors;
  }

  void show(VariableScope scope, String number) {
    Problem p = problems.get(number);
    ProcessVariables.keep(scope, Variables.NUMBER, p.number());
    ProcessVariables.keep(scope, Variables.TITLE, p.title());
    ProcessVariables.keep(scope, Variables.INCIDENT_COUNT, problems.incidents(number).size());
    if (p.priority() != null) {
      ProcessVariables.keep(scope, Variables.PRIORITY, p.priority());
      ProcessVariables.keep(scope, Variables.CATEGORY, p.category());
      ProcessVariables.keep(scope, Variables.IMPACT, p.impact());
      ProcessVariables.keep(scope, Variables.URGENCY, p.urgency());
    }
    if (p.targetAt() != null) {
      ProcessVariables.deadline(scope, Variables.TARGET_AT, p.targetAt(), Variables.SLA_DUE_AT);
    }
  }

  /** What the problem forms show, as the records have it now. */
  @Override
  public Map<String, Object> formFields(String number) {
    return repository.find(number).map(this::fields).orElse(Map.of());
  }

  private Map<String, Object> fields(Problem p) {
    String number = p.number();
    List<LinkedIncident> incidents = problems.incidents(number);
    Map<String, Object> fields = new HashMap<>();
    fields.put(Variables.DESCRIPTION, p.description());
    fields.put(Variables.SERVICE_CODE, p.serviceCode());
    fields.put(Variables.AFFECTED_CIS, ProcessVariables.shown(problems.affectedCis(number), ", "));
    fields.put(Variables.SOURCE, p.source().id());
    fields.put(Variables.RAISED_BY, p.raisedBy());
    fields.put(Variables.STATUS, p.status().id());
    fields.put(Variables.INCIDENT_LIST, incidents.isEmpty() ? "none" : ProcessVariables.shown(incidents.stream()
        .map(i -> i.number() + " (" + i.status() + (i.ciId() == null ? "" : ", " + i.ciId()) + "): " + i.title())
        .toList(), "\n"));
    fields.put(Variables.KNOWN_ROOT_CAUSE, p.rootCause() == null ? "not known yet"
        : p.rootCause() + (p.causeCategory() == null ? "" : " (" + p.causeCategory() + ")"));
    fields.put(Variables.KNOWN_WORKAROUND, p.workaround() == null ? "none yet" : p.workaround());
    fields.put(Variables.KNOWN_ERROR, knownErrors.forProblem(number).map(KnownError::number).orElse("none yet"));
    List<RootCauseAnalysis> analyses = problems.analyses(number);
    fields.put(Variables.ANALYSES, analyses.isEmpty() ? "none yet" : ProcessVariables.shown(analyses.stream()
        .map(a -> a.recordedAt() + " " + a.recordedBy() + " (" + a.method() + "): " + a.findings())
        .toList(), "\n"));
    fields.put(Variables.FIX_CHANGE, p.fixChange());
    return fields;
  }
}
