package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/** problem-management, Task_StartVerification: the review period (itsm.problem.verification-period) starts. */
@Component("startProblemVerification")
class StartProblemVerification implements JavaDelegate {

  private final ProblemResolution resolution;
  private final ProblemProperties properties;
  private final ProblemVariables variables;

  StartProblemVerification(ProblemResolution resolution, ProblemProperties properties, ProblemVariables variables) {
    this.resolution = resolution;
    this.properties = properties;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    ProcessVariables.instant(execution, Variables.VERIFY_UNTIL,
        resolution.startVerification(number, properties.verificationPeriod()));
    variables.show(execution, number);
  }
}
