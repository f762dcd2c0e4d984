package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_RecordReview: the post-implementation review. */
@Component("recordChangeReview")
class RecordChangeReview implements JavaDelegate {

  private final Changes changes;

  RecordChangeReview(Changes changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.recordReview(ChangeProcess.Variables.number(execution), ChangeProcess.Variables.text(execution, ChangeProcess.Variables.EFFECTIVENESS),
        ChangeProcess.Variables.text(execution, ChangeProcess.Variables.SIDE_EFFECTS), ChangeProcess.Variables.text(execution, ChangeProcess.Variables.LESSONS));
  }
}
