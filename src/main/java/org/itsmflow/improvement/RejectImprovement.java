package org.itsmflow.improvement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.springframework.stereotype.Component;

/** continual-improvement, Task_RejectImprovement: the process owners do not pursue it. */
@Component("rejectImprovement")
class RejectImprovement implements JavaDelegate {

  private final Improvements improvements;
  private final ImprovementVariables variables;

  RejectImprovement(Improvements improvements, ImprovementVariables variables) {
    this.improvements = improvements;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    improvements.rejected(number);
    variables.show(execution, number);
  }
}
