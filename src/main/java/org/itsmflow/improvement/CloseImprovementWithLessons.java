package org.itsmflow.improvement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.springframework.stereotype.Component;

/** continual-improvement, Task_CloseWithLessons: not achieved, closed with its lessons and reported. */
@Component("closeImprovementWithLessons")
class CloseImprovementWithLessons implements JavaDelegate {

  private final Improvements improvements;
  private final ImprovementVariables variables;

  CloseImprovementWithLessons(Improvements improvements, ImprovementVariables variables) {
    this.improvements = improvements;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    improvements.close(number, false);
    variables.show(execution, number);
  }
}
