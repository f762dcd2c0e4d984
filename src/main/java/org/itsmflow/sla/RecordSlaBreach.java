package org.itsmflow.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** sla-clock, Task_RecordBreach: the target is breached; hierarchical escalation starts. */
@Component("recordSlaBreach")
class RecordSlaBreach implements JavaDelegate {

  private final SlaClocks clocks;

  RecordSlaBreach(SlaClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clocks.recordBreach(SlaClockProcess.Variables.clockId(execution));
  }
}
