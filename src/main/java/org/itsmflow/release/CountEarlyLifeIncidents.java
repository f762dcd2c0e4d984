package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_CountEarlyLifeIncidents: the input of early-life-threshold. */
@Component("countEarlyLifeIncidents")
class CountEarlyLifeIncidents implements JavaDelegate {

  private final ReleaseDeployments deployments;

  CountEarlyLifeIncidents(ReleaseDeployments deployments) {
    this.deployments = deployments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Variables.INCIDENT_COUNT, deployments.earlyLifeIncidents(Variables.number(execution)).size());
  }
}
