package org.itsmflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/** service-request, Task_RecordFulfilment: fulfilled; the requester is asked to confirm. */
@Component("recordRequestFulfilment")
class RecordRequestFulfilment implements JavaDelegate {

  private final Requests requests;
  private final RequestVariables variables;

  RecordRequestFulfilment(Requests requests, RequestVariables variables) {
    this.requests = requests;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    requests.fulfilled(number, ProcessVariables.text(execution, Variables.FULFILMENT_NOTES));
    variables.show(execution, number);
  }
}
