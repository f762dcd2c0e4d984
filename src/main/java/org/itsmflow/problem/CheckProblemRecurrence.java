package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/** problem-management, Task_CheckRecurrence: did incidents recur on the affected CIs since the fix? */
@Component("checkProblemRecurrence")
class CheckProblemRecurrence implements JavaDelegate {

  private final ProblemResolution resolution;

  CheckProblemRecurrence(ProblemResolution resolution) {
    this.resolution = resolution;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Variables.RECURRED, !resolution.recurrences(Variables.number(execution)).isEmpty());
  }
}
