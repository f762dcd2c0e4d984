package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_RecordTestResult: the test evidence goes to the record; failed tests mean another build. */
@Component("recordReleaseTest")
class RecordReleaseTest implements JavaDelegate {

  private final Releases releases;
  private final ReleaseVariables variables;

  RecordReleaseTest(Releases releases, ReleaseVariables variables) {
    this.releases = releases;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    String result = releases.recordTest(number, execution.getActivityInstanceId(),
        ProcessVariables.text(execution, Variables.TEST_RESULT), ProcessVariables.text(execution, Variables.TEST_EVIDENCE));
    execution.setVariable(Variables.TEST_RESULT, result);
    execution.removeVariable(Variables.TEST_EVIDENCE);
    variables.show(execution, number);
  }
}
