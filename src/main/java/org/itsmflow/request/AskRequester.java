package org.itsmflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/** service-request, Task_AskRequester: the question goes to the requester; the SLA clock pauses. */
@Component("askRequester")
class AskRequester implements JavaDelegate {

  private final Requests requests;
  private final RequestVariables variables;

  AskRequester(Requests requests, RequestVariables variables) {
    this.requests = requests;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    requests.askRequester(number, ProcessVariables.text(execution, Variables.QUESTION));
    variables.show(execution, number);
  }
}
