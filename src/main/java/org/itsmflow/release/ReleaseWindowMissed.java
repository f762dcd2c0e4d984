package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, creating Task_HandleMissedWindow: the escalation to the release managers. */
@Component("releaseWindowMissed")
class ReleaseWindowMissed implements TaskListener {

  private final ReleaseDeployments deployments;
  private final ReleaseVariables variables;

  ReleaseWindowMissed(ReleaseDeployments deployments, ReleaseVariables variables) {
    this.deployments = deployments;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Variables.number(task);
    deployments.windowMissed(number);
    variables.show(task.getExecution(), number);
  }
}
