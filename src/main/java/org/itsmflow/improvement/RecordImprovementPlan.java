package org.itsmflow.improvement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** continual-improvement, completing Task_PlanImprovement: expected outcome, measure, target and review period. */
@Component("recordImprovementPlan")
class RecordImprovementPlan implements TaskListener {

  private final Improvements improvements;
  private final ImprovementVariables variables;

  RecordImprovementPlan(Improvements improvements, ImprovementVariables variables) {
    this.improvements = improvements;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Variables.number(task);
    improvements.plan(number, ProcessVariables.text(task, Variables.EXPECTED_OUTCOME), ProcessVariables.text(task, Variables.MEASURE), ProcessVariables.text(task, Variables.TARGET_VALUE), ProcessVariables.integer(task, Variables.REVIEW_DAYS));
    variables.show(task.getExecution(), number);
  }
}
