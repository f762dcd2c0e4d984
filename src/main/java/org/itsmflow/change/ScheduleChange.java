package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_ScheduleChange: on the schedule of change; the implementers are told. */
@Component("scheduleChange")
class ScheduleChange implements JavaDelegate {

  private final ChangeScheduling scheduling;

  ScheduleChange(ChangeScheduling scheduling) {
    this.scheduling = scheduling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    scheduling.schedule(ChangeProcess.Variables.number(execution));
  }
}
