package org.itsmflow.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** sla-clock, Task_PlanDeadlines: sets the warning and breach timers from the clock's state. */
@Component("planSlaDeadlines")
class PlanSlaDeadlines implements JavaDelegate {

  private final SlaClocks clocks;

  PlanSlaDeadlines(SlaClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SlaClockProcess.Variables.plan(execution, clocks.plan(SlaClockProcess.Variables.clockId(execution)));
  }
}
