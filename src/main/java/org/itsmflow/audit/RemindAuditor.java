package org.itsmflow.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** internal-audit, Task_RemindAuditor: the audit's day is a week past and its findings are not in. */
@Component("remindAuditor")
class RemindAuditor implements JavaDelegate {

  private final InternalAudits audits;

  RemindAuditor(InternalAudits audits) {
    this.audits = audits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    audits.remind(InternalAuditVariables.auditId(execution));
  }
}
