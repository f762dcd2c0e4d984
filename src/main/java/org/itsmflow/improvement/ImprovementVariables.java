package org.itsmflow.improvement;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.RecordTypeVariables;
import org.springframework.stereotype.Component;

/**
 * What the flow and Tasklist's lists read, copied from the register whenever the entry changes
 * (number, title, priority and its decision's inputs, the owner group, the review date); the
 * forms read the rest from the register when they open ({@link #formFields}).
 */
@Component
class ImprovementVariables extends RecordTypeVariables {

  private final ImprovementRepository repository;
  private final Improvements improvements;

  ImprovementVariables(Improvements improvements, ImprovementRepository repository) {
    super(RecordType.IMPROVEMENT, ImprovementProcess.Variables.FLOW);
    this.repository = repository;
    this.improvements = improvements;
  }

  void show(VariableScope scope, String number) {
    Improvement i = improvements.get(number);
    ProcessVariables.keep(scope, Variables.NUMBER, i.number());
    ProcessVariables.keep(scope, Variables.TITLE, i.title());
    ProcessVariables.keep(scope, Variables.BENEFIT, i.benefit());
    ProcessVariables.keep(scope, Variables.EFFORT, i.effort());
    ProcessVariables.keep(scope, Variables.RISK, i.risk());
    ProcessVariables.keep(scope, Variables.ALIGNMENT, i.alignment());
    if (i.priority() != null) {
      ProcessVariables.keep(scope, Variables.PRIORITY, i.priority());
    }
    ProcessVariables.keep(scope, Variables.OWNER_GROUP, i.ownerGroup() == null ? "process-owners" : i.ownerGroup());
    if (i.reviewAt() != null) {
      ProcessVariables.deadline(scope, Variables.REVIEW_AT, i.reviewAt(), Variables.SLA_DUE_AT);
    }
  }

  /** What the improvement forms show, as the register has it now. */
  @Override
  public Map<String, Object> formFields(String number) {
    return repository.find(number).map(this::fields).orElse(Map.of());
  }

  private Map<String, Object> fields(Improvement i) {
    Map<String, Object> fields = new HashMap<>();
    fields.put(Variables.DESCRIPTION, i.description());
    fields.put(Variables.SOURCE, i.source());
    fields.put(Variables.SOURCE_REFERENCE, i.sourceReference());
    fields.put(Variables.RAISED_BY, i.raisedBy());
    fields.put(Variables.STATUS, i.status().id());
    fields.put(Variables.EXPECTED_OUTCOME, i.expectedOutcome());
    fields.put(Variables.MEASURE, i.measure());
    fields.put(Variables.TARGET_VALUE, i.targetValue());
    fields.put(Variables.ACTUAL_VALUE, i.actualValue());
    fields.put(Variables.ACTUAL_OUTCOME, i.actualOutcome());
    return fields;
  }
}
