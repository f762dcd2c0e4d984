package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * release-deployment, Task_ImplementChanges: the deployment succeeded, so each bundled change is
 * implemented now (its CIs' history names it and the release, a problem it fixes starts its
 * verification); early life support that follows concerns the release alone.
 */
@Component("implementReleaseChanges")
class ImplementReleaseChanges implements JavaDelegate {

  private final ReleaseDeployments deployments;
  private final ReleaseChangeOutcomes outcomes;

  ImplementReleaseChanges(ReleaseDeployments deployments, ReleaseChangeOutcomes outcomes) {
    this.deployments = deployments;
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    deployments.logImplementedChanges(number);
    outcomes.deployed(number);
  }
}
