package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_AddWorkNote: a note in the change's work log. */
@Component("addChangeWorkNote")
class AddChangeWorkNote implements JavaDelegate {

  private final Changes changes;

  AddChangeWorkNote(Changes changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.addWorkNote(ChangeProcess.Variables.number(execution), ChangeProcess.Variables.text(execution, ChangeProcess.Variables.NOTE));
  }
}
