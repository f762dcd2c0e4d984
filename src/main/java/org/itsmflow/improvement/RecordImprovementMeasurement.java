package org.itsmflow.improvement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** continual-improvement, completing Task_MeasureOutcome: actual against expected, and what comes next. */
@Component("recordImprovementMeasurement")
class RecordImprovementMeasurement implements TaskListener {

  private final Improvements improvements;
  private final ImprovementVariables variables;

  RecordImprovementMeasurement(Improvements improvements, ImprovementVariables variables) {
    this.improvements = improvements;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Variables.number(task);
    task.getExecution().setVariable(Variables.OUTCOME, improvements.measure(number, ProcessVariables.text(task, Variables.ACTUAL_VALUE), ProcessVariables.text(task, Variables.ACTUAL_OUTCOME), ProcessVariables.text(task, Variables.OUTCOME), ProcessVariables.text(task, Variables.LESSONS)));
    variables.show(task.getExecution(), number);
  }
}
