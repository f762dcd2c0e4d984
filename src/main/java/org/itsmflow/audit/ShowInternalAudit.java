package org.itsmflow.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * internal-audit, creating Task_PlanAudit and Task_PerformAudit: the audit moves on (in planning,
 * in progress) and the form shows it as our table holds it.
 */
@Component("showInternalAudit")
class ShowInternalAudit implements TaskListener {

  private final InternalAudits audits;

  ShowInternalAudit(InternalAudits audits) {
    this.audits = audits;
  }

  @Override
  public void notify(DelegateTask task) {
    String id = InternalAuditVariables.auditId(task);
    if (InternalAuditProcess.PLAN.equals(task.getTaskDefinitionKey())) {
      audits.planning(id);
    } else {
      audits.performing(id);
    }
    InternalAuditVariables.show(task, audits.get(id));
  }
}
