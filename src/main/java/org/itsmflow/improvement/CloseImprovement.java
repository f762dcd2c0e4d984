package org.itsmflow.improvement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.springframework.stereotype.Component;

/** continual-improvement, Task_CloseImprovement: achieved; the report goes to the process owners. */
@Component("closeImprovement")
class CloseImprovement implements JavaDelegate {

  private final Improvements improvements;
  private final ImprovementVariables variables;

  CloseImprovement(Improvements improvements, ImprovementVariables variables) {
    this.improvements = improvements;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    improvements.close(number, true);
    variables.show(execution, number);
  }
}
