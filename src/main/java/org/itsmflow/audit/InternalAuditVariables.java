package org.itsmflow.audit;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.platform.RecordKey;

/**
 * The variables of process internal-audit, read and written only here. The flow keeps the few it
 * waits on (when planning starts, the auditor, the audit's day, whether nonconformities were
 * found); the forms' read-only fields are task-local copies of the audit's row; what a form sends
 * is recorded in our tables and then removed.
 */
final class InternalAuditVariables {

  static final String PLANNING_FROM = "planningFrom";
  static final String AUDITOR = "auditor";
  static final String AUDIT_STARTS_AT = "auditStartsAt";
  static final String NONCONFORMITIES_FOUND = "auditNonconformitiesFound";

  static final String AUDIT_ID = "auditId";
  static final String PROCESS = "auditedProcess";
  static final String CLAUSES = "auditClauses";
  static final String DUE = "auditDue";
  static final String AUDIT_ON = "auditOn";
  static final String SCOPE = "auditScope";
  static final String CRITERIA = "auditCriteria";
  static final String FINDINGS = "auditFindings";
  static final String SUMMARY = "auditSummary";

  private InternalAuditVariables() {}

  /** The audit's id: the business key, never a variable a submission could overwrite. */
  static String auditId(VariableScope scope) {
    return RecordKey.of(scope);
  }

  /** What the forms show of the audit, on the task alone. */
  static void show(DelegateTask task, InternalAudits.Audit audit) {
    task.setVariableLocal(AUDIT_ID, audit.id());
    task.setVariableLocal(PROCESS, audit.processKey());
    task.setVariableLocal(CLAUSES, String.join(", ", audit.clauses()));
    task.setVariableLocal(DUE, audit.dueOn().toString());
    if (audit.auditOn() != null) {
      task.setVariableLocal(AUDIT_ON, audit.auditOn().toString());
      task.setVariableLocal(SCOPE, audit.scope());
      task.setVariableLocal(CRITERIA, audit.criteria());
    }
  }

  static String auditor(VariableScope scope) {
    return ProcessVariables.text(scope, AUDITOR);
  }

  static String auditOn(VariableScope scope) {
    return ProcessVariables.text(scope, AUDIT_ON);
  }

  static String scope(VariableScope scope) {
    return ProcessVariables.text(scope, SCOPE);
  }

  static String criteria(VariableScope scope) {
    return ProcessVariables.text(scope, CRITERIA);
  }

  static String findings(VariableScope scope) {
    return ProcessVariables.text(scope, FINDINGS);
  }

  static String summary(VariableScope scope) {
    return ProcessVariables.text(scope, SUMMARY);
  }

  /** The plan as recorded: who performs the audit, and from when. */
  static void planned(DelegateTask task, String auditor, Instant startsAt) {
    task.getExecution().setVariable(AUDITOR, auditor);
    ProcessVariables.instant(task.getExecution(), AUDIT_STARTS_AT, startsAt);
    task.getExecution().removeVariables(java.util.List.of(AUDIT_ON, SCOPE, CRITERIA));
  }

  /** The findings are in our tables; the form's copies go. */
  static void performed(DelegateTask task) {
    task.getExecution().removeVariables(java.util.List.of(FINDINGS, SUMMARY));
  }

  static void nonconformitiesFound(VariableScope scope, boolean found) {
    scope.setVariable(NONCONFORMITIES_FOUND, found);
  }
}
