package org.itsmflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.request.RequestProcess.Variables;
import org.itsmflow.sla.SlaClocks;
import org.springframework.stereotype.Component;

/** service-request, Task_StartFulfilment: the SLA clock starts; the fulfilment task is due at the fulfilment target. */
@Component("startRequestFulfilment")
class StartRequestFulfilment implements JavaDelegate {

  private final Requests requests;
  private final RequestVariables variables;
  private final SlaClocks slaClocks;

  StartRequestFulfilment(Requests requests, RequestVariables variables, SlaClocks slaClocks) {
    this.requests = requests;
    this.variables = variables;
    this.slaClocks = slaClocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    ProcessVariables.instant(execution, Variables.SLA_DUE_AT,
        requests.startFulfilment(number, execution.getProcessInstanceId()));
    variables.show(execution, number);
    // Fulfilment, which starts next, holds the SLA deadlines' timers.
    slaClocks.showDeadlines(execution, number);
  }
}
