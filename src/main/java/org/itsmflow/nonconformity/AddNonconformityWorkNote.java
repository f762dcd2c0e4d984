package org.itsmflow.nonconformity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** corrective-action, Task_AddWorkNote (event subprocess): a note in the work log. */
@Component("addNonconformityWorkNote")
class AddNonconformityWorkNote implements JavaDelegate {

  private final Nonconformities nonconformities;
  private final NonconformityVariables variables;

  AddNonconformityWorkNote(Nonconformities nonconformities, NonconformityVariables variables) {
    this.nonconformities = nonconformities;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    nonconformities.addWorkNote(number, ProcessVariables.text(execution, Variables.NOTE));
    execution.removeVariable(Variables.NOTE);
    variables.show(execution, number);
  }
}
