package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_StartEarlyLife: the release type's early life support period starts. */
@Component("startEarlyLifeSupport")
class StartEarlyLifeSupport implements JavaDelegate {

  private final ReleaseDeployments deployments;
  private final ReleaseVariables variables;

  StartEarlyLifeSupport(ReleaseDeployments deployments, ReleaseVariables variables) {
    this.deployments = deployments;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    ProcessVariables.instant(execution, Variables.EARLY_LIFE_UNTIL, deployments.startEarlyLife(number));
    variables.show(execution, number);
  }
}
