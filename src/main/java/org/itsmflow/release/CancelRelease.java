package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.ports.ChangePort;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_CancelRelease: the changes still in it return to their own schedule. */
@Component("cancelRelease")
class CancelRelease implements JavaDelegate {

  private final Releases releases;
  private final ChangePort changes;
  private final ReleaseVariables variables;

  CancelRelease(Releases releases, ChangePort changes, ReleaseVariables variables) {
    this.releases = releases;
    this.changes = changes;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    String reason = ProcessVariables.text(execution, Variables.REASON);
    for (String change : releases.cancel(number, reason)) {
      changes.releaseOutcome(change, number, ChangePort.ReleaseOutcome.REMOVED, "Release " + number + " cancelled: " + reason);
    }
    variables.show(execution, number);
  }
}
