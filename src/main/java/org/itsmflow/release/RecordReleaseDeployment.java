package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_RecordDeployment: the deployment group's or the pipeline's result. */
@Component("recordReleaseDeployment")
class RecordReleaseDeployment implements JavaDelegate {

  private final Releases releases;
  private final ReleaseDeployments deployments;
  private final ReleaseVariables variables;

  RecordReleaseDeployment(Releases releases, ReleaseDeployments deployments, ReleaseVariables variables) {
    this.releases = releases;
    this.deployments = deployments;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    deployments.recordDeployment(number, ProcessVariables.text(execution, Variables.DEPLOYMENT_OUTCOME),
        ProcessVariables.text(execution, Variables.DEPLOYMENT_NOTES));
    execution.setVariable(Variables.DEPLOYMENT_OUTCOME,
        releases.get(number).status() == ReleaseStatus.ROLLING_BACK ? Releases.FAILED : Releases.SUCCESS);
    variables.show(execution, number);
  }
}
