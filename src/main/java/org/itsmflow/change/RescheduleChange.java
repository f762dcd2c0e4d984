package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** change-management, Task_RescheduleChange (complete): the new planned start and end. */
@Component("rescheduleChange")
class RescheduleChange implements TaskListener {

  private final Changes changes;
  private final ChangeScheduling scheduling;

  RescheduleChange(Changes changes, ChangeScheduling scheduling) {
    this.changes = changes;
    this.scheduling = scheduling;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = ChangeProcess.Variables.number(task);
    scheduling.reschedule(number, ChangeProcess.Variables.instant(task, ChangeProcess.Variables.PLANNED_START), ChangeProcess.Variables.instant(task, ChangeProcess.Variables.PLANNED_END));
    ChangeVariables.show(task.getExecution(), changes.get(number), changes.affectedCis(number));
  }
}
