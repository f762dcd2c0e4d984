package org.itsmflow.nonconformity;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.itsmflow.ports.NonconformityPort;
import org.itsmflow.record.RecordProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a nonconformity enters, whoever brings it (the API, an internal audit): checked like the
 * API, then corrective-action starts with it and records it.
 */
@Component
class NonconformityIntake implements NonconformityPort {

  private final Nonconformities nonconformities;
  private final NonconformityRepository repository;
  private final RecordProcess tasks;

  NonconformityIntake(Nonconformities nonconformities, NonconformityRepository repository, RecordProcess tasks) {
    this.nonconformities = nonconformities;
    this.repository = repository;
    this.tasks = tasks;
  }

  /** The new nonconformity's number; 400 naming the field for a bad finding. */
  @Transactional
  String record(Nonconformities.Finding finding) {
    Nonconformities.Finding f = nonconformities.validate(finding);
    VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
        // Transient: Task_RecordNonconformity writes them to the record in this transaction.
        .putValue(Variables.TITLE, f.title())
        .putValueTyped(Variables.DESCRIPTION, transientText(f.description()))
        .putValueTyped(Variables.SOURCE, transientText(f.source()))
        .putValueTyped(Variables.CLAUSE, transientText(f.clause()))
        .putValueTyped(Variables.SEVERITY, transientText(f.severity()))
        .putValueTyped(Variables.DETECTED_BY, transientText(f.detectedBy()));
    return tasks.start(NonconformityProcess.KEY, variables);
  }

  @Override
  @Transactional
  public String raiseAuditFinding(String title, String description, String clause, String severity,
      String detectedBy) {
    return record(new Nonconformities.Finding(title, description, "audit-finding", clause, severity, detectedBy));
  }

  @Override
  @Transactional(readOnly = true)
  public String status(String number) {
    return repository.find(number).map(n -> n.status().id()).orElse(null);
  }

  private static StringValue transientText(String value) {
    return org.camunda.bpm.engine.variable.Variables.stringValue(value, true);
  }
}
