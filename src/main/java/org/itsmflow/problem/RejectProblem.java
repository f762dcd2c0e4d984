package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/** problem-management, Task_RejectProblem: the problem managers did not accept the candidate. */
@Component("rejectProblem")
class RejectProblem implements JavaDelegate {

  private final Problems problems;

  RejectProblem(Problems problems) {
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    problems.reject(Variables.number(execution), ProcessVariables.text(execution, Variables.REASON));
  }
}
