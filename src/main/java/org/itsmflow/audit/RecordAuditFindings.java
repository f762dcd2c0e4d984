package org.itsmflow.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** internal-audit, completing Task_PerformAudit: the findings per clause and the summary. */
@Component("recordAuditFindings")
class RecordAuditFindings implements TaskListener {

  private final InternalAudits audits;

  RecordAuditFindings(InternalAudits audits) {
    this.audits = audits;
  }

  @Override
  public void notify(DelegateTask task) {
    audits.perform(InternalAuditVariables.auditId(task), InternalAuditVariables.findings(task),
        InternalAuditVariables.summary(task));
    InternalAuditVariables.performed(task);
  }
}
