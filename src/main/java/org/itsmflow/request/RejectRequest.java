package org.itsmflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/** service-request, Task_RejectRequest: the request ends; the service desk tells the requester why. */
@Component("rejectRequest")
class RejectRequest implements JavaDelegate {

  private final Requests requests;
  private final RequestVariables variables;

  RejectRequest(Requests requests, RequestVariables variables) {
    this.requests = requests;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    requests.rejected(number);
    variables.show(execution, number);
  }
}
