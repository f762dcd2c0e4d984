package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/** problem-management, Task_ReopenProblem: the recurring incidents join the problem; investigation again. */
@Component("reopenProblem")
class ReopenProblem implements JavaDelegate {

  private final ProblemResolution resolution;
  private final ProblemVariables variables;

  ReopenProblem(ProblemResolution resolution, ProblemVariables variables) {
    this.resolution = resolution;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    resolution.reopen(number, resolution.recurrences(number));
    execution.removeVariable(Variables.RESOLUTION);
    variables.show(execution, number);
  }
}
