package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/** problem-management, Task_EscalateOverdueProblem: the target from problem-priority passed unfixed. */
@Component("escalateOverdueProblem")
class EscalateOverdueProblem implements JavaDelegate {

  private final ProblemResolution resolution;

  EscalateOverdueProblem(ProblemResolution resolution) {
    this.resolution = resolution;
  }

  @Override
  public void execute(DelegateExecution execution) {
    resolution.escalate(Variables.number(execution));
  }
}
