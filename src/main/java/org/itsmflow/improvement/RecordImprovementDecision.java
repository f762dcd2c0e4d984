package org.itsmflow.improvement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** continual-improvement, completing Task_ApproveImprovement: the process owners' decision and the owner group. */
@Component("recordImprovementDecision")
class RecordImprovementDecision implements TaskListener {

  private final Improvements improvements;
  private final ImprovementVariables variables;

  RecordImprovementDecision(Improvements improvements, ImprovementVariables variables) {
    this.improvements = improvements;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Variables.number(task);
    improvements.decide(number, ProcessVariables.text(task, Variables.DECISION), ProcessVariables.text(task, Variables.DECISION_REASON), ProcessVariables.text(task, Variables.OWNER_GROUP));
    variables.show(task.getExecution(), number);
  }
}
