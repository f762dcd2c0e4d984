package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, creating Task_HandleMissedWindow: the escalation to the release managers. */
@Component("releaseWindowMissed")
class ReleaseWindowMissed implements TaskListener {

  private final Releases releases;
  private final ReleaseVariables variables;

  ReleaseWindowMissed(Releases releases, ReleaseVariables variables) {
    this.releases = releases;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Variables.number(task);
    releases.windowMissed(number);
    variables.show(task.getExecution(), number);
  }
}
