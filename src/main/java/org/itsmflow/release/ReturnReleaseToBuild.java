package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_ReturnToBuild: rejected; the next revision is built with the reasons. */
@Component("returnReleaseToBuild")
class ReturnReleaseToBuild implements JavaDelegate {

  private final Releases releases;
  private final ReleaseVariables variables;

  ReturnReleaseToBuild(Releases releases, ReleaseVariables variables) {
    this.releases = releases;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    releases.returnToBuild(number);
    variables.show(execution, number);
  }
}
