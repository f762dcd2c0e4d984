package org.itsmflow.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** sla-clock, Task_RaiseWarning: the warning threshold is reached. */
@Component("raiseSlaWarning")
class RaiseSlaWarning implements JavaDelegate {

  private final SlaClocks clocks;

  RaiseSlaWarning(SlaClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clocks.raiseWarning(SlaClockProcess.Variables.clockId(execution));
  }
}
