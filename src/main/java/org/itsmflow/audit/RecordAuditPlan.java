package org.itsmflow.audit;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** internal-audit, completing Task_PlanAudit: the auditor, day, scope and criteria, checked like the API. */
@Component("recordAuditPlan")
class RecordAuditPlan implements TaskListener {

  private final InternalAudits audits;

  RecordAuditPlan(InternalAudits audits) {
    this.audits = audits;
  }

  @Override
  public void notify(DelegateTask task) {
    String auditor = InternalAuditVariables.auditor(task);
    LocalDate day = audits.plan(InternalAuditVariables.auditId(task), auditor, InternalAuditVariables.auditOn(task),
        InternalAuditVariables.scope(task), InternalAuditVariables.criteria(task));
    InternalAuditVariables.planned(task, auditor.trim(), audits.startOf(day));
  }
}
