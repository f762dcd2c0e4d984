package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/** problem-management, Task_RecordWorkaround (event subprocess): a workaround publishes the known error. */
@Component("recordProblemWorkaround")
class RecordProblemWorkaround implements JavaDelegate {

  private final Problems problems;
  private final ProblemVariables variables;

  RecordProblemWorkaround(Problems problems, ProblemVariables variables) {
    this.problems = problems;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    problems.workaround(number, ProcessVariables.text(execution, Variables.WORKAROUND));
    execution.removeVariable(Variables.WORKAROUND);
    variables.show(execution, number);
  }
}
