package org.itsmflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/** service-request, Task_CloseRequest: the requester confirmed. */
@Component("closeRequest")
class CloseRequest implements JavaDelegate {

  private final Requests requests;
  private final RequestVariables variables;

  CloseRequest(Requests requests, RequestVariables variables) {
    this.requests = requests;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    requests.close(number, "confirmed");
    variables.show(execution, number);
  }
}
