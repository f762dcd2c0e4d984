package org.itsmflow.improvement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.springframework.stereotype.Component;

/** continual-improvement, creating Task_MeasureOutcome: the review period is over. */
@Component("improvementReviewDue")
class ImprovementReviewDue implements TaskListener {

  private final Improvements improvements;
  private final ImprovementVariables variables;

  ImprovementReviewDue(Improvements improvements, ImprovementVariables variables) {
    this.improvements = improvements;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Variables.number(task);
    improvements.reviewDue(number);
    variables.show(task.getExecution(), number);
  }
}
