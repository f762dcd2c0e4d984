package org.itsmflow.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * internal-audit, Task_ReportAudit: the report to the process owners, and corrective-action for
 * each nonconformity found.
 */
@Component("reportInternalAudit")
class ReportInternalAudit implements JavaDelegate {

  private final InternalAudits audits;

  ReportInternalAudit(InternalAudits audits) {
    this.audits = audits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InternalAuditVariables.nonconformitiesFound(execution, audits.report(InternalAuditVariables.auditId(execution)));
  }
}
