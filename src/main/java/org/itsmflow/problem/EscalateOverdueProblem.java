package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/** problem-management, Task_EscalateOverdueProblem: the target from problem-priority passed unfixed. */
@Component("escalateOverdueProblem")
class EscalateOverdueProblem implements JavaDelegate {

  private final Problems problems;

  EscalateOverdueProblem(Problems problems) {
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    problems.escalate(Variables.number(execution));
  }
}
