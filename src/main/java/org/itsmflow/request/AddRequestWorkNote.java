package org.itsmflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/** service-request, Task_AddWorkNote (event subprocess): a note in the work log. */
@Component("addRequestWorkNote")
class AddRequestWorkNote implements JavaDelegate {

  private final Requests requests;
  private final RequestVariables variables;

  AddRequestWorkNote(Requests requests, RequestVariables variables) {
    this.requests = requests;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    requests.addWorkNote(number, ProcessVariables.text(execution, Variables.NOTE));
    execution.removeVariable(Variables.NOTE);
    variables.show(execution, number);
  }
}
