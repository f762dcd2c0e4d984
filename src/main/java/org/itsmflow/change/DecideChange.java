package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_RecordDecision: the change authority's decision onto the record. */
@Component("decideChange")
class DecideChange implements JavaDelegate {

  private final ChangeAuthorisation authorisation;

  DecideChange(ChangeAuthorisation authorisation) {
    this.authorisation = authorisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    authorisation.decide(ChangeProcess.Variables.number(execution), ChangeProcess.Variables.text(execution, ChangeProcess.Variables.DECISION),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.DECISION_REASON));
  }
}
