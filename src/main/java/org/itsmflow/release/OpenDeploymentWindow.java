package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_OpenWindow: the window has started; the deployment group is told. */
@Component("openDeploymentWindow")
class OpenDeploymentWindow implements JavaDelegate {

  private final Releases releases;
  private final ReleaseVariables variables;

  OpenDeploymentWindow(Releases releases, ReleaseVariables variables) {
    this.releases = releases;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    releases.openWindow(number);
    variables.show(execution, number);
  }
}
