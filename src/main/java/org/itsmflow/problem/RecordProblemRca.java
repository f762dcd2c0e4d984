package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * problem-management, Task_RecordRca (event subprocess): a root cause analysis submitted while
 * the problem is worked on; a root cause publishes the known error. The message's variables
 * are removed so the open investigation form does not record them a second time.
 */
@Component("recordProblemRca")
class RecordProblemRca implements JavaDelegate {

  private final Problems problems;
  private final ProblemVariables variables;

  RecordProblemRca(Problems problems, ProblemVariables variables) {
    this.problems = problems;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    problems.analyse(number, execution.getActivityInstanceId(), new RootCauseAnalysis(
        ProcessVariables.text(execution, Variables.RCA_METHOD), ProcessVariables.text(execution, Variables.CAUSE_CATEGORY),
        ProcessVariables.text(execution, Variables.FINDINGS), ProcessVariables.text(execution, Variables.ROOT_CAUSE), null, null));
    java.util.List.of(Variables.RCA_METHOD, Variables.CAUSE_CATEGORY, Variables.FINDINGS, Variables.ROOT_CAUSE)
        .forEach(execution::removeVariable);
    variables.show(execution, number);
  }
}
