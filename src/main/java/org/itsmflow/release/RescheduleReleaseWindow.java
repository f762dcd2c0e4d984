package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_RescheduleWindow: a new window after a missed one. */
@Component("rescheduleReleaseWindow")
class RescheduleReleaseWindow implements JavaDelegate {

  private final ReleaseDeployments deployments;
  private final ReleaseVariables variables;

  RescheduleReleaseWindow(ReleaseDeployments deployments, ReleaseVariables variables) {
    this.deployments = deployments;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    deployments.rescheduleWindow(number, ProcessVariables.instant(execution, Variables.WINDOW_START),
        ProcessVariables.instant(execution, Variables.WINDOW_END));
    variables.show(execution, number);
  }
}
