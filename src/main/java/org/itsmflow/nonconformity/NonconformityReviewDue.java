package org.itsmflow.nonconformity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.springframework.stereotype.Component;

/** corrective-action, creating Task_ReviewEffectiveness: the review is due. */
@Component("nonconformityReviewDue")
class NonconformityReviewDue implements TaskListener {

  private final Nonconformities nonconformities;
  private final NonconformityVariables variables;

  NonconformityReviewDue(Nonconformities nonconformities, NonconformityVariables variables) {
    this.nonconformities = nonconformities;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Variables.number(task);
    nonconformities.reviewDue(number);
    variables.show(task.getExecution(), number);
  }
}
