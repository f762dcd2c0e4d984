package org.itsmflow.mailin;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** mail-intake, Task_CollectServiceDeskMail: the new messages of the mailbox, kept to be handled one by one. */
@Component("collectServiceDeskMail")
class CollectServiceDeskMail implements JavaDelegate {

  /** The kept messages' ids: read only by the multi-instance that follows, so never stored (transient). */
  static final String MAIL_IDS = "mailIds";
  /** How many new messages this run took (Cockpit shows it in the instance's history). */
  static final String COLLECTED = "collected";

  private final MailIntake intake;

  CollectServiceDeskMail(MailIntake intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Long> ids = intake.collect();
    execution.setVariable(MAIL_IDS, Variables.objectValue(ids, true).create());
    execution.setVariable(COLLECTED, ids.size());
  }
}
