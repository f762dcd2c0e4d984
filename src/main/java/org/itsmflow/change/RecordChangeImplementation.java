package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_RecordImplementation: the implementer's report. */
@Component("recordChangeImplementation")
class RecordChangeImplementation implements JavaDelegate {

  private final Changes changes;

  RecordChangeImplementation(Changes changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.recordImplementation(ChangeProcess.Variables.number(execution), ChangeProcess.Variables.text(execution, ChangeProcess.Variables.OUTCOME),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.NOTES));
  }
}
