package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * change-management, Task_RecordImplementation: the implementer's report. A problem this change
 * fixes hears the outcome now: a successful fix is live, its verification starts.
 */
@Component("recordChangeImplementation")
class RecordChangeImplementation implements JavaDelegate {

  private final Changes changes;
  private final ChangeOutcomes outcomes;

  RecordChangeImplementation(Changes changes, ChangeOutcomes outcomes) {
    this.changes = changes;
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ChangeProcess.Variables.number(execution);
    changes.recordImplementation(number, ChangeProcess.Variables.text(execution, ChangeProcess.Variables.OUTCOME),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.NOTES));
    Change change = changes.get(number);
    outcomes.announce(change, change.outcome());
  }
}
