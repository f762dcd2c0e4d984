package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.ports.ChangePort;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * release-deployment, Task_ImplementChanges: the deployment succeeded, so each bundled change is
 * implemented now (its CIs' history names it and the release, a problem it fixes starts its
 * verification); early life support that follows concerns the release alone.
 */
@Component("implementReleaseChanges")
class ImplementReleaseChanges implements JavaDelegate {

  private final Releases releases;
  private final ReleaseDeployments deployments;
  private final ChangePort changes;

  ImplementReleaseChanges(Releases releases, ReleaseDeployments deployments, ChangePort changes) {
    this.releases = releases;
    this.deployments = deployments;
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    Release r = releases.get(number);
    String notes = "Deployed with release " + number + " (build " + r.buildVersion() + ") at " + r.deployedAt()
        + ": " + r.deploymentNotes();
    for (String change : deployments.implementChanges(number)) {
      changes.releaseOutcome(change, number, ChangePort.ReleaseOutcome.DEPLOYED, notes);
    }
  }
}
