package org.itsmflow.nonconformity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** corrective-action, completing Task_PlanCorrectiveAction: the action, its owner and due date. */
@Component("recordCorrectiveAction")
class RecordCorrectiveAction implements TaskListener {

  private final Nonconformities nonconformities;
  private final NonconformityVariables variables;

  RecordCorrectiveAction(Nonconformities nonconformities, NonconformityVariables variables) {
    this.nonconformities = nonconformities;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Variables.number(task);
    nonconformities.planAction(number, ProcessVariables.text(task, Variables.ACTION), ProcessVariables.text(task, Variables.ACTION_OWNER), ProcessVariables.instant(task, Variables.ACTION_DUE));
    variables.show(task.getExecution(), number);
  }
}
