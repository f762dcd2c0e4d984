package org.itsmflow.change;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_InviteCab: one vote per CAB member, due the CAB lead time before the planned start. */
@Component("inviteCab")
class InviteCab implements JavaDelegate {

  private final Changes changes;
  private final ChangeAuthorisation authorisation;
  private final ChangeProperties properties;

  InviteCab(Changes changes, ChangeAuthorisation authorisation, ChangeProperties properties) {
    this.changes = changes;
    this.authorisation = authorisation;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ChangeProcess.Variables.number(execution);
    execution.setVariable(ChangeProcess.Variables.CAB_MEMBERS, new ArrayList<>(authorisation.inviteCab(number)));
    ChangeProcess.Variables.instant(execution, ChangeProcess.Variables.CAB_DEADLINE, changes.get(number).plannedStart().minus(properties.cabLeadTime()));
  }
}
