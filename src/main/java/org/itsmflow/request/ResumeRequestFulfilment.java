package org.itsmflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/** service-request, Task_ResumeFulfilment: the requester answered; the clock runs again. */
@Component("resumeRequestFulfilment")
class ResumeRequestFulfilment implements JavaDelegate {

  private final Requests requests;
  private final RequestVariables variables;

  ResumeRequestFulfilment(Requests requests, RequestVariables variables) {
    this.requests = requests;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    ProcessVariables.instant(execution, Variables.SLA_DUE_AT, requests.answered(number, ProcessVariables.text(execution, Variables.ANSWER)));
    variables.show(execution, number);
  }
}
