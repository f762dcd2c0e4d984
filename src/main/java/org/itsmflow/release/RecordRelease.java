package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * release-deployment, Task_RecordRelease: the record is created here, for POST /api/releases and
 * Tasklist's start form alike, in the same transaction as the process instance.
 */
@Component("recordRelease")
class RecordRelease implements JavaDelegate {

  private final Releases releases;
  private final ReleaseVariables variables;

  RecordRelease(Releases releases, ReleaseVariables variables) {
    this.releases = releases;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = releases.record(new Releases.Plan(
        ProcessVariables.text(execution, Variables.TITLE),
        ProcessVariables.text(execution, Variables.DESCRIPTION),
        ProcessVariables.text(execution, Variables.TYPE),
        ProcessVariables.list(execution, Variables.CHANGES),
        ProcessVariables.list(execution, Variables.PROBLEMS),
        ProcessVariables.list(execution, Variables.KNOWN_ERRORS),
        ProcessVariables.instant(execution, Variables.WINDOW_START),
        ProcessVariables.instant(execution, Variables.WINDOW_END),
        ProcessVariables.text(execution, Variables.DEPLOYMENT_MODE),
        ProcessVariables.text(execution, Variables.DEPLOYMENT_GROUP),
        ProcessVariables.text(execution, Variables.REQUESTED_BY)), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(number);
    variables.show(execution, number);
    // Only the record keeps the plan (the forms read it from there); Tasklist's start form sent it as variables.
    execution.removeVariables(Variables.RECORD_ONLY);
  }
}
