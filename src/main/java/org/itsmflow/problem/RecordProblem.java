package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * problem-management, Task_RecordProblem: the record is created here, for POST /api/problems,
 * Tasklist's start form and trend detection alike, in the same transaction as the instance.
 */
@Component("recordProblem")
class RecordProblem implements JavaDelegate {

  private final Problems problems;
  private final ProblemVariables variables;

  RecordProblem(Problems problems, ProblemVariables variables) {
    this.problems = problems;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = problems.record(new Problems.Report(
        ProcessVariables.text(execution, Variables.TITLE),
        ProcessVariables.text(execution, Variables.DESCRIPTION),
        ProcessVariables.text(execution, Variables.SERVICE_CODE),
        ProcessVariables.list(execution, Variables.AFFECTED_CIS),
        ProcessVariables.list(execution, Variables.INCIDENTS),
        ProcessVariables.text(execution, Variables.SOURCE),
        ProcessVariables.text(execution, Variables.RAISED_BY)),
        ProcessVariables.text(execution, Variables.TREND_KEY), ProcessVariables.text(execution, Variables.RELEASE_NUMBER),
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey(number);
    variables.show(execution, number);
    // Only the record keeps the report (the forms read it from there).
    execution.removeVariables(Variables.RECORD_ONLY);
  }
}
