package org.itsmflow.reporting;

import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.tasklist.TasklistVariables;

/**
 * The variables of process service-reporting, read and written only here: the month reported on,
 * the services (for the multi-instance only, never stored), and per service its code, name, owner
 * group, the owner's text as the review form shows and edits it, and what Tasklist lists.
 */
final class ServiceReportingVariables {

  static final String REPORT_MONTH = "reportMonth";
  /** Read only by the multi-instance that follows, so never stored (transient). */
  static final String SERVICE_CODES = "serviceCodes";
  static final String SERVICE_CODE = "serviceCode";
  static final String SERVICE_NAME = "serviceName";
  static final String SERVICE_OWNER_GROUP = "serviceOwnerGroup";
  static final String REPORT_COMMENT = "reportComment";
  /** The month as the review form shows it: "November 2026". */
  static final String REPORT_MONTH_NAME = "reportMonthName";
  /** Whether an earlier run archived the month's report: the branch then ends. */
  static final String REPORT_ARCHIVED = "reportArchived";

  private ServiceReportingVariables() {}

  static void start(VariableScope run, YearMonth month, List<String> serviceCodes) {
    run.setVariable(REPORT_MONTH, month.toString());
    run.setVariable(SERVICE_CODES, Variables.objectValue(serviceCodes, true).create());
  }

  static YearMonth month(VariableScope scope) {
    return YearMonth.parse(ProcessVariables.text(scope, REPORT_MONTH));
  }

  static String serviceCode(VariableScope scope) {
    return ProcessVariables.text(scope, SERVICE_CODE);
  }

  /** Local to the service's branch, so that parallel branches never share them. */
  static void forReview(VariableScope branch, String serviceName, String ownerGroup, String comment,
      boolean archivedBefore) {
    branch.setVariableLocal(REPORT_ARCHIVED, archivedBefore);
    branch.setVariableLocal(SERVICE_NAME, serviceName);
    branch.setVariableLocal(REPORT_MONTH_NAME, ServiceReport.monthName(month(branch)));
    branch.setVariableLocal(SERVICE_OWNER_GROUP, ownerGroup);
    branch.setVariableLocal(REPORT_COMMENT, comment);
  }

  /**
   * The review task's own copy of the service and month for Tasklist's lists (their number and
   * title columns read the task's, its execution's and the process instance's variables, not the
   * branch's).
   */
  static void showInTasklist(DelegateTask review) {
    review.setVariableLocal(TasklistVariables.RECORD_NUMBER, serviceCode(review));
    review.setVariableLocal(TasklistVariables.RECORD_TITLE, ProcessVariables.text(review, SERVICE_NAME)
        + ": report for " + ProcessVariables.text(review, REPORT_MONTH_NAME));
  }

  static String comment(VariableScope scope) {
    return ProcessVariables.text(scope, REPORT_COMMENT);
  }
}
