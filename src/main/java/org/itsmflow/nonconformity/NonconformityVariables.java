package org.itsmflow.nonconformity;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** What every corrective-action form shows, copied from the record whenever it changes. */
@Component
class NonconformityVariables {

  private final Nonconformities nonconformities;

  NonconformityVariables(Nonconformities nonconformities) {
    this.nonconformities = nonconformities;
  }

  void show(VariableScope scope, String number) {
    Nonconformity n = nonconformities.get(number);
    scope.setVariable(Variables.NUMBER, n.number());
    scope.setVariable(Variables.TITLE, n.title());
    scope.setVariable(Variables.DESCRIPTION, n.description());
    scope.setVariable(Variables.SOURCE, n.source());
    scope.setVariable(Variables.CLAUSE, n.clause());
    scope.setVariable(Variables.SEVERITY, n.severity());
    scope.setVariable(Variables.DETECTED_BY, n.detectedBy());
    scope.setVariable(Variables.STATUS, n.status().id());
    scope.setVariable(Variables.ROUND, n.round());
    scope.setVariable(Variables.CORRECTION, n.correction());
    scope.setVariable(Variables.CAUSE, n.cause());
    scope.setVariable(Variables.ACTION, n.action());
    scope.setVariable(Variables.ACTION_OWNER, n.actionOwner());
    ProcessVariables.instant(scope, Variables.ACTION_DUE, n.actionDue());
    scope.setVariable(Variables.ACTION_NOTES, n.actionNotes());
    ProcessVariables.instant(scope, Variables.REVIEW_AT, n.reviewAt());
    ProcessVariables.instant(scope, Variables.SLA_DUE_AT, n.actionDue());
  }
}
