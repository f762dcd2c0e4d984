package org.itsmflow.improvement;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** What every improvement form shows, copied from the register whenever the entry changes. */
@Component
class ImprovementVariables {

  private final Improvements improvements;

  ImprovementVariables(Improvements improvements) {
    this.improvements = improvements;
  }

  void show(VariableScope scope, String number) {
    Improvement i = improvements.get(number);
    scope.setVariable(Variables.NUMBER, i.number());
    scope.setVariable(Variables.TITLE, i.title());
    scope.setVariable(Variables.DESCRIPTION, i.description());
    scope.setVariable(Variables.SOURCE, i.source());
    scope.setVariable(Variables.SOURCE_REFERENCE, i.sourceReference());
    scope.setVariable(Variables.RAISED_BY, i.raisedBy());
    scope.setVariable(Variables.BENEFIT, i.benefit());
    scope.setVariable(Variables.EFFORT, i.effort());
    scope.setVariable(Variables.RISK, i.risk());
    scope.setVariable(Variables.ALIGNMENT, i.alignment());
    scope.setVariable(Variables.STATUS, i.status().id());
    if (i.priority() != null) {
      scope.setVariable(Variables.PRIORITY, i.priority());
    }
    scope.setVariable(Variables.OWNER_GROUP, i.ownerGroup() == null ? "process-owners" : i.ownerGroup());
    scope.setVariable(Variables.EXPECTED_OUTCOME, i.expectedOutcome());
    scope.setVariable(Variables.MEASURE, i.measure());
    scope.setVariable(Variables.TARGET_VALUE, i.targetValue());
    scope.setVariable(Variables.ACTUAL_VALUE, i.actualValue());
    scope.setVariable(Variables.ACTUAL_OUTCOME, i.actualOutcome());
    ProcessVariables.instant(scope, Variables.REVIEW_AT, i.reviewAt());
    ProcessVariables.instant(scope, Variables.SLA_DUE_AT, i.reviewAt());
  }
}
