package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_RecordDecision: the change authority's decision onto the record. */
@Component("decideChange")
class DecideChange implements JavaDelegate {

  private final Changes changes;

  DecideChange(Changes changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.decide(ChangeProcess.Variables.number(execution), ChangeProcess.Variables.text(execution, ChangeProcess.Variables.DECISION),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.DECISION_REASON));
  }
}
