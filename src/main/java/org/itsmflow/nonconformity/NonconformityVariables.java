package org.itsmflow.nonconformity;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.RecordTypeVariables;
import org.springframework.stereotype.Component;

/**
 * What the flow and Tasklist's lists read, copied from the record whenever it changes (number,
 * title, the action owner and due date, the review date); the forms read the rest from the record
 * when they open ({@link #formFields}).
 */
@Component
class NonconformityVariables extends RecordTypeVariables {

  private final NonconformityRepository repository;
  private final Nonconformities nonconformities;

  NonconformityVariables(Nonconformities nonconformities, NonconformityRepository repository) {
    super(RecordType.NONCONFORMITY, NonconformityProcess.Variables.FLOW);
    this.repository = repository;
    this.nonconformities = nonconformities;
  }

  void show(VariableScope scope, String number) {
    Nonconformity n = nonconformities.get(number);
    ProcessVariables.keep(scope, Variables.NUMBER, n.number());
    ProcessVariables.keep(scope, Variables.TITLE, n.title());
    ProcessVariables.keep(scope, Variables.ACTION_OWNER, n.actionOwner());
    ProcessVariables.deadline(scope, Variables.ACTION_DUE, n.actionDue(), Variables.SLA_DUE_AT);
    if (!Objects.equals(n.reviewAt(), ProcessVariables.instant(scope, Variables.REVIEW_AT))) {
      ProcessVariables.instant(scope, Variables.REVIEW_AT, n.reviewAt());
    }
  }

  /** What the corrective-action forms show, as the record has it now. */
  @Override
  public Map<String, Object> formFields(String number) {
    return repository.find(number).map(this::fields).orElse(Map.of());
  }

  private Map<String, Object> fields(Nonconformity n) {
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
