package org.itsmflow.nonconformity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.springframework.stereotype.Component;

/** corrective-action, Task_CloseNonconformity: the corrective action was effective. */
@Component("closeNonconformity")
class CloseNonconformity implements JavaDelegate {

  private final Nonconformities nonconformities;
  private final NonconformityVariables variables;

  CloseNonconformity(Nonconformities nonconformities, NonconformityVariables variables) {
    this.nonconformities = nonconformities;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    nonconformities.close(number);
    variables.show(execution, number);
  }
}
