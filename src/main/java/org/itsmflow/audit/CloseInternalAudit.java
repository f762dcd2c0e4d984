package org.itsmflow.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** internal-audit, Task_CloseAudit: the audit is closed and the programme schedules the process's next. */
@Component("closeInternalAudit")
class CloseInternalAudit implements JavaDelegate {

  private final InternalAudits audits;
  private final AuditProgramme programme;

  CloseInternalAudit(InternalAudits audits, AuditProgramme programme) {
    this.audits = audits;
    this.programme = programme;
  }

  @Override
  public void execute(DelegateExecution execution) {
    programme.scheduleNext(audits.close(InternalAuditVariables.auditId(execution)));
  }
}
