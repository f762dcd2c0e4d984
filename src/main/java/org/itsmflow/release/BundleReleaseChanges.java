package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.ports.ChangePort;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_BundleChanges: each planned change now waits for this release instead of its own start. */
@Component("bundleReleaseChanges")
class BundleReleaseChanges implements JavaDelegate {

  private final Releases releases;
  private final ChangePort changes;
  private final ReleaseVariables variables;

  BundleReleaseChanges(Releases releases, ChangePort changes, ReleaseVariables variables) {
    this.releases = releases;
    this.changes = changes;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    for (BundledChange change : releases.changes(number)) {
      if (change.status().equals("scheduled")) {
        changes.bundled(change.number(), number);
      }
    }
    variables.show(execution, number);
  }
}
