package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/** problem-management, Task_RecordFixOutcome: how the fix change ended (successful, failed or withdrawn). */
@Component("recordProblemFixOutcome")
class RecordProblemFixOutcome implements JavaDelegate {

  private final ProblemResolution resolution;
  private final ProblemVariables variables;

  RecordProblemFixOutcome(ProblemResolution resolution, ProblemVariables variables) {
    this.resolution = resolution;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    String outcome = ProcessVariables.text(execution, Variables.CHANGE_OUTCOME);
    resolution.fixOutcome(number, ProcessVariables.text(execution, Variables.CHANGE_NUMBER), outcome);
    if (Variables.SUCCESSFUL.equals(outcome)) {
      execution.setVariable(Variables.RESOLUTION, Variables.FIXED);
    }
    variables.show(execution, number);
  }
}
