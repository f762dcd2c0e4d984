package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * release-deployment, Task_CloseRelease: early life support is over; the release is closed. Its
 * changes were implemented at the deployment (Task_ImplementChanges); a release deployed by an
 * older version of the model, which had no such step, tells them here.
 */
@Component("closeRelease")
class CloseRelease implements JavaDelegate {

  private final Releases releases;
  private final ReleaseChangeOutcomes outcomes;
  private final ReleaseVariables variables;

  CloseRelease(Releases releases, ReleaseChangeOutcomes outcomes, ReleaseVariables variables) {
    this.releases = releases;
    this.outcomes = outcomes;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    outcomes.deployed(number);
    releases.close(number);
    variables.show(execution, number);
  }
}
