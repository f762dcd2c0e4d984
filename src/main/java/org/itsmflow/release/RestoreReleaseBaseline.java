package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_RestoreBaseline: the affected CI records go back to their baseline. */
@Component("restoreReleaseBaseline")
class RestoreReleaseBaseline implements JavaDelegate {

  private final ReleaseDeployments deployments;
  private final ReleaseBaselines baselines;

  RestoreReleaseBaseline(ReleaseDeployments deployments, ReleaseBaselines baselines) {
    this.deployments = deployments;
    this.baselines = baselines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    deployments.recordRollback(number, ProcessVariables.text(execution, Variables.ROLLBACK_NOTES),
        baselines.restore(number));
  }
}
