package org.itsmflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/** service-request, Task_AskConfirmation: without an answer the request closes after the business days. */
@Component("planRequestAutoClose")
class PlanRequestAutoClose implements JavaDelegate {

  private final Requests requests;
  private final RequestVariables variables;

  PlanRequestAutoClose(Requests requests, RequestVariables variables) {
    this.requests = requests;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    ProcessVariables.instant(execution, Variables.AUTO_CLOSE_AT, requests.autoCloseAt(number));
    variables.show(execution, number);
  }
}
