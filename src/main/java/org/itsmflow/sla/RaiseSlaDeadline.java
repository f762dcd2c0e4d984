package org.itsmflow.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A record's own process, the first step after one of its SLA deadline timers
 * ({@link SlaDeadline}: incident-management Task_RaiseResponseWarning and the others): the warning
 * goes to the group working the record, the breach to its managers, once.
 */
@Component("raiseSlaDeadline")
class RaiseSlaDeadline implements JavaDelegate {

  private final SlaClocks clocks;

  RaiseSlaDeadline(SlaClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clocks.deadlineDue(execution.getProcessBusinessKey(), SlaDeadline.of(execution));
  }
}
