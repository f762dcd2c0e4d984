package org.itsmflow.nonconformity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** corrective-action, completing Task_ReviewEffectiveness: effective closes, not effective means another analysis. */
@Component("recordEffectivenessReview")
class RecordEffectivenessReview implements TaskListener {

  private final Nonconformities nonconformities;
  private final NonconformityVariables variables;

  RecordEffectivenessReview(Nonconformities nonconformities, NonconformityVariables variables) {
    this.nonconformities = nonconformities;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Variables.number(task);
    task.getExecution().setVariable(Variables.EFFECTIVE, nonconformities.review(number, ProcessVariables.flag(task, Variables.EFFECTIVE), ProcessVariables.text(task, Variables.REVIEW_EVIDENCE)));
    variables.show(task.getExecution(), number);
  }
}
