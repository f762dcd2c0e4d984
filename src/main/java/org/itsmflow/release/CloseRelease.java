package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.ports.ChangePort;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_CloseRelease: early life support is over; the deployed changes go to their review. */
@Component("closeRelease")
class CloseRelease implements JavaDelegate {

  private final Releases releases;
  private final ChangePort changes;
  private final ReleaseVariables variables;

  CloseRelease(Releases releases, ChangePort changes, ReleaseVariables variables) {
    this.releases = releases;
    this.changes = changes;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    Release r = releases.get(number);
    for (String change : releases.close(number)) {
      changes.releaseOutcome(change, number, ChangePort.ReleaseOutcome.DEPLOYED, "Deployed with release " + number
          + " (build " + r.buildVersion() + ") at " + r.deployedAt() + ": " + r.deploymentNotes());
    }
    variables.show(execution, number);
  }
}
