package org.itsmflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.request.RequestProcess.Variables;
import org.itsmflow.sla.SlaClocks;
import org.springframework.stereotype.Component;

/** service-request, Task_ReopenRequest: the requester says it is not fulfilled. */
@Component("reopenRequest")
class ReopenRequest implements JavaDelegate {

  private final Requests requests;
  private final RequestVariables variables;
  private final SlaClocks slaClocks;

  ReopenRequest(Requests requests, RequestVariables variables, SlaClocks slaClocks) {
    this.requests = requests;
    this.variables = variables;
    this.slaClocks = slaClocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    requests.reopen(number, ProcessVariables.text(execution, Variables.REASON));
    variables.show(execution, number);
    // Fulfilment starts again, with the SLA deadlines' timers at the resumed clock's dates.
    slaClocks.showDeadlines(execution, number);
  }
}
