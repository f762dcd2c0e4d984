package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_RemindEcab: an emergency change still awaits the ECAB. */
@Component("remindEcab")
class RemindEcab implements JavaDelegate {

  private static final String ECAB_REMINDERS = "ecabReminders";

  private final ChangeAuthorisation authorisation;

  RemindEcab(ChangeAuthorisation authorisation) {
    this.authorisation = authorisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer sent = ChangeProcess.Variables.integer(execution, ECAB_REMINDERS);
    int reminder = sent == null ? 1 : sent + 1;
    authorisation.remindEcab(ChangeProcess.Variables.number(execution), reminder);
    execution.setVariable(ECAB_REMINDERS, reminder);
  }
}
