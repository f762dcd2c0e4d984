package org.itsmflow.improvement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** continual-improvement, completing Task_ImplementImprovement: implemented; the review period starts. */
@Component("recordImprovementImplementation")
class RecordImprovementImplementation implements TaskListener {

  private final Improvements improvements;
  private final ImprovementVariables variables;

  RecordImprovementImplementation(Improvements improvements, ImprovementVariables variables) {
    this.improvements = improvements;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Variables.number(task);
    improvements.implemented(number, ProcessVariables.text(task, Variables.IMPLEMENTATION_NOTES));
    variables.show(task.getExecution(), number);
  }
}
