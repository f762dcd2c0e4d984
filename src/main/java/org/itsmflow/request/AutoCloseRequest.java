package org.itsmflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/** service-request, Task_AutoCloseRequest: no answer within the business days. */
@Component("autoCloseRequest")
class AutoCloseRequest implements JavaDelegate {

  private final Requests requests;
  private final RequestVariables variables;

  AutoCloseRequest(Requests requests, RequestVariables variables) {
    this.requests = requests;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    requests.close(number, "auto-closed");
    variables.show(execution, number);
  }
}
