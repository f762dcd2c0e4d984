package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.ports.ChangePort;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_FailLinkedChanges: each change of the rolled-back release is marked failed. */
@Component("failReleaseChanges")
class FailReleaseChanges implements JavaDelegate {

  private final Releases releases;
  private final ReleaseDeployments deployments;
  private final ChangePort changes;
  private final ReleaseVariables variables;

  FailReleaseChanges(Releases releases, ReleaseDeployments deployments, ChangePort changes,
      ReleaseVariables variables) {
    this.releases = releases;
    this.deployments = deployments;
    this.changes = changes;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    String reason = releases.get(number).failureReason();
    for (String change : deployments.failChanges(number)) {
      changes.releaseOutcome(change, number, ChangePort.ReleaseOutcome.FAILED, reason);
    }
    variables.show(execution, number);
  }
}
