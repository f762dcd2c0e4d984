package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * change-management, Task_RecordReleaseOutcome: the release deployed the change (implemented
 * now; the review follows), failed and rolled back (the review of a failed change follows), or
 * removed it (it waits for its own planned start again). A problem this change fixes hears a
 * deployment or a rollback at once.
 */
@Component("recordChangeReleaseOutcome")
class RecordChangeReleaseOutcome implements JavaDelegate {

  private final Changes changes;
  private final ChangesInReleases inReleases;
  private final ChangeOutcomes outcomes;

  RecordChangeReleaseOutcome(Changes changes, ChangesInReleases inReleases, ChangeOutcomes outcomes) {
    this.changes = changes;
    this.inReleases = inReleases;
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ChangeProcess.Variables.number(execution);
    inReleases.releaseOutcome(number, ChangeProcess.Variables.text(execution, ChangeProcess.Variables.RELEASE_NUMBER),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.RELEASE_OUTCOME),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.RELEASE_NOTES));
    Change c = changes.get(number);
    if (c.outcome() != null) {
      execution.setVariable(ChangeProcess.Variables.OUTCOME, c.outcome().equals("successful")
          ? ChangeProcess.Variables.SUCCESS : ChangeProcess.Variables.FAILED);
      outcomes.announce(c, c.outcome());
    }
    ChangeVariables.show(execution, c, changes.affectedCis(number));
  }
}
