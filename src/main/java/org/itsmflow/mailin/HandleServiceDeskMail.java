package org.itsmflow.mailin;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** mail-intake, Task_HandleServiceDeskMail: one message becomes an incident, a reply, or is dropped. */
@Component("handleServiceDeskMail")
class HandleServiceDeskMail implements JavaDelegate {

  /** The message of this instance of the multi-instance. */
  static final String MAIL_ID = "mailId";
  /** What became of it, e.g. incident, comment, unknown-sender (Cockpit shows it). */
  static final String OUTCOME = "outcome";

  private final MailIntake intake;

  HandleServiceDeskMail(MailIntake intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object id = execution.getVariable(MAIL_ID);
    execution.setVariableLocal(OUTCOME, intake.handle(((Number) id).longValue()));
  }
}
