package org.itsmflow.nonconformity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** corrective-action, completing Task_ImplementCorrectiveAction: what was done. */
@Component("recordCorrectiveActionDone")
class RecordCorrectiveActionDone implements TaskListener {

  private final Nonconformities nonconformities;
  private final NonconformityVariables variables;

  RecordCorrectiveActionDone(Nonconformities nonconformities, NonconformityVariables variables) {
    this.nonconformities = nonconformities;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Variables.number(task);
    nonconformities.actionDone(number, ProcessVariables.text(task, Variables.ACTION_NOTES));
    variables.show(task.getExecution(), number);
  }
}
