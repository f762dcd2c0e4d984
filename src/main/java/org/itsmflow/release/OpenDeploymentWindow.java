package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_OpenWindow: the window has started; the deployment group is told. */
@Component("openDeploymentWindow")
class OpenDeploymentWindow implements JavaDelegate {

  private final ReleaseDeployments deployments;
  private final ReleaseVariables variables;

  OpenDeploymentWindow(ReleaseDeployments deployments, ReleaseVariables variables) {
    this.deployments = deployments;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    deployments.openWindow(number);
    variables.show(execution, number);
  }
}
