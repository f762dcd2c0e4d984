package org.itsmflow.problem;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;

/** What every problem form shows, copied from the records whenever they change. */
@org.springframework.stereotype.Component
class ProblemVariables {

  private final Problems problems;
  private final KnownErrors knownErrors;

  ProblemVariables(Problems problems, KnownErrors knownErrors) {
    this.problems = problems;
    this.knownErrors = knownErrors;
  }

  void show(VariableScope scope, String number) {
    Problem p = problems.get(number);
    List<LinkedIncident> incidents = problems.incidents(number);
    scope.setVariable(Variables.NUMBER, p.number());
    scope.setVariable(Variables.TITLE, p.title());
    scope.setVariable(Variables.DESCRIPTION, p.description());
    scope.setVariable(Variables.SERVICE_CODE, p.serviceCode());
    scope.setVariable(Variables.AFFECTED_CIS, ProcessVariables.shown(problems.affectedCis(number), ", "));
    scope.setVariable(Variables.SOURCE, p.source().id());
    scope.setVariable(Variables.RAISED_BY, p.raisedBy());
    scope.setVariable(Variables.STATUS, p.status().id());
    scope.setVariable(Variables.INCIDENT_COUNT, incidents.size());
    scope.setVariable(Variables.INCIDENT_LIST, incidents.isEmpty() ? "none" : ProcessVariables.shown(incidents.stream()
        .map(i -> i.number() + " (" + i.status() + (i.ciId() == null ? "" : ", " + i.ciId()) + "): " + i.title())
        .toList(), "\n"));
    scope.setVariable(Variables.KNOWN_ROOT_CAUSE, p.rootCause() == null ? "not known yet"
        : p.rootCause() + (p.causeCategory() == null ? "" : " (" + p.causeCategory() + ")"));
    scope.setVariable(Variables.KNOWN_WORKAROUND, p.workaround() == null ? "none yet" : p.workaround());
    scope.setVariable(Variables.KNOWN_ERROR, knownErrors.forProblem(number).map(KnownError::number).orElse("none yet"));
    List<RootCauseAnalysis> analyses = problems.analyses(number);
    scope.setVariable(Variables.ANALYSES, analyses.isEmpty() ? "none yet" : ProcessVariables.shown(analyses.stream()
        .map(a -> a.recordedAt() + " " + a.recordedBy() + " (" + a.method() + "): " + a.findings())
        .toList(), "\n"));
    scope.setVariable(Variables.FIX_CHANGE, p.fixChange());
    if (p.priority() != null) {
      scope.setVariable(Variables.PRIORITY, p.priority());
      scope.setVariable(Variables.CATEGORY, p.category());
      scope.setVariable(Variables.IMPACT, p.impact());
      scope.setVariable(Variables.URGENCY, p.urgency());
    }
    if (p.targetAt() != null) {
      ProcessVariables.instant(scope, Variables.TARGET_AT, p.targetAt());
      ProcessVariables.instant(scope, Variables.SLA_DUE_AT, p.targetAt());
    }
  }
}
