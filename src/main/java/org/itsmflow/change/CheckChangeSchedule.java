package org.itsmflow.change;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** change-management, Task_CheckSchedule: conflicts with other changes on the same service or CI and with freezes. */
@Component("checkChangeSchedule")
class CheckChangeSchedule implements JavaDelegate {

  private final Changes changes;
  private final ChangeScheduling scheduling;
  private final ChangeFreezes freezes;

  CheckChangeSchedule(Changes changes, ChangeScheduling scheduling, ChangeFreezes freezes) {
    this.changes = changes;
    this.scheduling = scheduling;
    this.freezes = freezes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ChangeProcess.Variables.number(execution);
    Change change = changes.get(number);
    List<String> conflicts = scheduling.checkSchedule(number, freezes.between(change.plannedStart(), change.plannedEnd()));
    execution.setVariable(ChangeProcess.Variables.SCHEDULE_CONFLICT, !conflicts.isEmpty());
    execution.setVariable(ChangeProcess.Variables.SCHEDULE_CONFLICTS, conflicts.isEmpty() ? null : ProcessVariables.shown(conflicts, "\n"));
  }
}
