package org.itsmflow.change;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.change.ChangeProcess.Variables;
import org.itsmflow.platform.ProcessVariables;

/** What every change form shows, copied from the record whenever the record changes. */
final class ChangeVariables {

  private ChangeVariables() {}

  static void show(VariableScope scope, Change c, List<String> cis) {
    scope.setVariable(Variables.NUMBER, c.number());
    scope.setVariable(Variables.TITLE, c.title());
    scope.setVariable(Variables.DESCRIPTION, c.description());
    scope.setVariable(Variables.CATEGORY, c.category().id());
    scope.setVariable(Variables.TEMPLATE_CODE, c.templateCode());
    scope.setVariable(Variables.SERVICE_CODE, c.serviceCode());
    scope.setVariable(Variables.AFFECTED_CIS, ProcessVariables.shown(cis, ", "));
    scope.setVariable(Variables.IMPACT, c.impact());
    scope.setVariable(Variables.REQUESTED_BY, c.requestedBy());
    scope.setVariable(Variables.IMPLEMENTATION_GROUP, c.implementationGroup());
    scope.setVariable(Variables.IMPLEMENTATION_PLAN, c.implementationPlan());
    scope.setVariable(Variables.BACKOUT_PLAN, c.backoutPlan());
    scope.setVariable(Variables.BACKOUT_TESTED, c.backoutTested());
    Variables.instant(scope, Variables.PLANNED_START, c.plannedStart());
    Variables.instant(scope, Variables.PLANNED_END, c.plannedEnd());
    // Tasklist sorts by this column: the change that starts first comes first.
    Variables.instant(scope, Variables.SLA_DUE_AT, c.plannedStart());
    scope.setVariable(Variables.PROBLEM_NUMBER, c.problemNumber());
    scope.setVariable(Variables.RELEASE_NUMBER, c.releaseNumber());
  }
}
