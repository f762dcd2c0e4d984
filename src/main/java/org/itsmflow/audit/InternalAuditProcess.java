package org.itsmflow.audit;

import org.itsmflow.platform.ProcessCatalog;

/** processes/internal-audit.bpmn: its key, message and the element ids the code and tests name. */
public final class InternalAuditProcess {

  public static final String KEY = ProcessCatalog.INTERNAL_AUDIT;
  /** Correlated by the audit's id (the business key) when its last nonconformity is closed. */
  public static final String NONCONFORMITIES_CLOSED = "InternalAuditNonconformitiesClosed";

  public static final String PLANNING_DUE = "Event_PlanningDue";
  public static final String PLAN = "Task_PlanAudit";
  public static final String AUDIT_DAY = "Event_AuditDay";
  public static final String PERFORM = "Task_PerformAudit";
  public static final String OVERDUE = "Event_AuditOverdue";
  public static final String REMIND = "Task_RemindAuditor";
  public static final String REPORT = "Task_ReportAudit";
  public static final String WAIT_FOR_CORRECTION = "Event_NonconformitiesClosed";
  public static final String CLOSE = "Task_CloseAudit";
  public static final String CLOSED = "Event_AuditClosed";

  private InternalAuditProcess() {}
}
