package org.itsmflow.nonconformity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** corrective-action, Task_RecordNonconformity: the record is created here, for POST /api/nonconformities and Tasklist's start form alike. */
@Component("recordNonconformity")
class RecordNonconformity implements JavaDelegate {

  private final Nonconformities nonconformities;
  private final NonconformityVariables variables;

  RecordNonconformity(Nonconformities nonconformities, NonconformityVariables variables) {
    this.nonconformities = nonconformities;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = nonconformities.record(new Nonconformities.Finding(ProcessVariables.text(execution, Variables.TITLE), ProcessVariables.text(execution, Variables.DESCRIPTION), ProcessVariables.text(execution, Variables.SOURCE), ProcessVariables.text(execution, Variables.CLAUSE), ProcessVariables.text(execution, Variables.SEVERITY), ProcessVariables.text(execution, Variables.DETECTED_BY)), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(number);
    variables.show(execution, number);
    // Only the record keeps the finding (the forms read it from there); Tasklist's start form sent it as variables.
    execution.removeVariables(Variables.RECORD_ONLY);
  }
}
