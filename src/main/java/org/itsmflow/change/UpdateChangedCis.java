package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_UpdateCis: each affected CI's history names the change (8.2.6). */
@Component("updateChangedCis")
class UpdateChangedCis implements JavaDelegate {

  private final Changes changes;

  UpdateChangedCis(Changes changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.updateAffectedCis(ChangeProcess.Variables.number(execution));
  }
}
