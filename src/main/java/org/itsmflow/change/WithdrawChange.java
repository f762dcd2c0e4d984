package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_WithdrawChange and Task_WithdrawOnRequest: the change ends without implementation;
 * a problem or release waiting for it is told. */
@Component("withdrawChange")
class WithdrawChange implements JavaDelegate {

  private final Changes changes;
  private final ChangeOutcomes outcomes;

  WithdrawChange(Changes changes, ChangeOutcomes outcomes) {
    this.changes = changes;
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ChangeProcess.Variables.number(execution);
    changes.withdraw(number, ChangeProcess.Variables.text(execution, ChangeProcess.Variables.REASON));
    outcomes.announce(changes.get(number), "withdrawn");
  }
}
