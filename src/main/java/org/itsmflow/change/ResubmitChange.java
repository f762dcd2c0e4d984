package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_ResubmitChange: the revised RFC goes to assessment again. */
@Component("resubmitChange")
class ResubmitChange implements JavaDelegate {

  private final Changes changes;

  ResubmitChange(Changes changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ChangeProcess.Variables.number(execution);
    changes.resubmit(number, new Changes.Revision(
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.DESCRIPTION),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.IMPLEMENTATION_PLAN),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.BACKOUT_PLAN),
        ChangeProcess.Variables.flag(execution, ChangeProcess.Variables.BACKOUT_TESTED),
        ChangeProcess.Variables.instant(execution, ChangeProcess.Variables.PLANNED_START),
        ChangeProcess.Variables.instant(execution, ChangeProcess.Variables.PLANNED_END)));
    ChangeVariables.show(execution, changes.get(number), changes.affectedCis(number));
  }
}
