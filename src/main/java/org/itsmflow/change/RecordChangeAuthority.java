package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_RecordAuthority: change-authority's result onto the record. */
@Component("recordChangeAuthority")
class RecordChangeAuthority implements JavaDelegate {

  private final ChangeAuthorisation authorisation;

  RecordChangeAuthority(ChangeAuthorisation authorisation) {
    this.authorisation = authorisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    authorisation.assignAuthority(ChangeProcess.Variables.number(execution), ChangeProcess.Variables.text(execution, ChangeProcess.Variables.AUTHORITY));
  }
}
