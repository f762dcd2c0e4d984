package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * change-management, Task_CloseChange: closed. Its problem heard the outcome at the implementation;
 * a change implemented before that rule (an older process version) tells it here.
 */
@Component("closeChange")
class CloseChange implements JavaDelegate {

  private final Changes changes;
  private final ChangeOutcomes outcomes;

  CloseChange(Changes changes, ChangeOutcomes outcomes) {
    this.changes = changes;
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Change change = changes.close(ChangeProcess.Variables.number(execution));
    outcomes.announce(change, change.outcome());
  }
}
