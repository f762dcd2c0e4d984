package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** change-management, Task_RecordChange: the record is created here, for POST /api/changes and for Tasklist's
 * start form alike (same validation, same numbers), in the same transaction as the process instance. */
@Component("recordChange")
class RecordChange implements JavaDelegate {

  private final Changes changes;

  RecordChange(Changes changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = changes.record(new Changes.Rfc(
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.TITLE),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.DESCRIPTION),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.CATEGORY),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.TEMPLATE_CODE),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.SERVICE_CODE),
        ProcessVariables.list(execution, ChangeProcess.Variables.AFFECTED_CIS),
        ChangeProcess.Variables.integer(execution, ChangeProcess.Variables.IMPACT),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.REQUESTED_BY),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.IMPLEMENTATION_GROUP),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.IMPLEMENTATION_PLAN),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.BACKOUT_PLAN),
        ChangeProcess.Variables.flag(execution, ChangeProcess.Variables.BACKOUT_TESTED),
        ChangeProcess.Variables.instant(execution, ChangeProcess.Variables.PLANNED_START),
        ChangeProcess.Variables.instant(execution, ChangeProcess.Variables.PLANNED_END),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.PROBLEM_NUMBER),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.RELEASE_NUMBER)), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(number);
    ChangeVariables.show(execution, changes.get(number), changes.affectedCis(number));
    // Only the record keeps these (the forms read them from there); Tasklist's start form sent them as variables.
    execution.removeVariables(ChangeProcess.Variables.RECORD_ONLY);
  }
}
