package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_RecordRemediation: how the failed change was backed out. */
@Component("recordChangeRemediation")
class RecordChangeRemediation implements JavaDelegate {

  private final Changes changes;

  RecordChangeRemediation(Changes changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.recordRemediation(ChangeProcess.Variables.number(execution), ChangeProcess.Variables.text(execution, ChangeProcess.Variables.REMEDIATION_NOTES));
  }
}
