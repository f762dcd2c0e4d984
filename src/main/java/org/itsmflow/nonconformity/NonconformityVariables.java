package org.itsmflow.nonconformity;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * What the flow and Tasklist's lists read, copied from the record whenever it changes (number,
 * title, the action owner and due date, the review date); the forms read the rest from the record
 * when they open ({@link #formFields}).
 */
@Component
class NonconformityVariables {

  private final Nonconformities nonconformities;

  NonconformityVariables(Nonconformities nonconformities) {
    this.nonconformities = nonconformities;
  }

  void show(VariableScope scope, String number) {
    Nonconformity n = nonconformities.get(number);
    keep(scope, Variables.NUMBER, n.number());
    keep(scope, Variables.TITLE, n.title());
    keep(scope, Variables.ACTION_OWNER, n.actionOwner());
    if (!Objects.equals(n.actionDue(), ProcessVariables.instant(scope, Variables.ACTION_DUE))) {
      ProcessVariables.instant(scope, Variables.ACTION_DUE, n.actionDue());
      ProcessVariables.instant(scope, Variables.SLA_DUE_AT, n.actionDue());
    }
    if (!Objects.equals(n.reviewAt(), ProcessVariables.instant(scope, Variables.REVIEW_AT))) {
      ProcessVariables.instant(scope, Variables.REVIEW_AT, n.reviewAt());
    }
  }

  /** Most steps change none of these: an unchanged value writes no history. */
  private static void keep(VariableScope scope, String name, Object value) {
    if (!Objects.equals(scope.getVariable(name), value)) {
      scope.setVariable(name, value);
    }
  }

  /** What the corrective-action forms show, as the record has it now. */
  Map<String, Object> formFields(String number) {
    Nonconformity n = nonconformities.get(number);
    Map<String, Object> fields = new HashMap<>();
    fields.put(Variables.DESCRIPTION, n.description());
    fields.put(Variables.SOURCE, n.source());
    fields.put(Variables.CLAUSE, n.clause());
    fields.put(Variables.SEVERITY, n.severity());
    fields.put(Variables.DETECTED_BY, n.detectedBy());
    fields.put(Variables.STATUS, n.status().id());
    fields.put(Variables.ROUND, n.round());
    fields.put(Variables.CORRECTION, n.correction());
    fields.put(Variables.CAUSE, n.cause());
    fields.put(Variables.ACTION, n.action());
    fields.put(Variables.ACTION_NOTES, n.actionNotes());
    return fields;
  }
}
