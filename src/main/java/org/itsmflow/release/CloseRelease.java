package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_CloseRelease: early life support is over; the release is closed. */
@Component("closeRelease")
class CloseRelease implements JavaDelegate {

  private final Releases releases;
  private final ReleaseVariables variables;

  CloseRelease(Releases releases, ReleaseVariables variables) {
    this.releases = releases;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    releases.close(number);
    variables.show(execution, number);
  }
}
