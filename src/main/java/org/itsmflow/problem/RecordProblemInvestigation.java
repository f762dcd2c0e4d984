package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * problem-management, Task_RecordInvestigation: the investigation round's analysis, root cause
 * and workaround go to the record (and the known error); the next step routes the flow. The
 * round's inputs are cleared so that a later round starts from an empty form.
 */
@Component("recordProblemInvestigation")
class RecordProblemInvestigation implements JavaDelegate {

  private final Problems problems;
  private final ProblemVariables variables;

  RecordProblemInvestigation(Problems problems, ProblemVariables variables) {
    this.problems = problems;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    String next = problems.investigate(number, execution.getActivityInstanceId(), new Problems.Investigation(
        ProcessVariables.text(execution, Variables.RCA_METHOD),
        ProcessVariables.text(execution, Variables.CAUSE_CATEGORY),
        ProcessVariables.text(execution, Variables.FINDINGS),
        ProcessVariables.text(execution, Variables.ROOT_CAUSE),
        ProcessVariables.text(execution, Variables.WORKAROUND),
        ProcessVariables.text(execution, Variables.NEXT),
        ProcessVariables.text(execution, Variables.CLOSURE_CODE),
        ProcessVariables.text(execution, Variables.NOTES)));
    execution.setVariable(Variables.NEXT_STEP, next);
    if (!next.equals(Variables.CHANGE)) {
      // Fixed without a change, or closed without a fix.
      execution.setVariable(Variables.RESOLUTION, next.equals(Variables.FIXED) ? Variables.FIXED : Variables.CLOSE);
    }
    if (next.equals(Variables.CHANGE)) {
      // The RFC's fields stay until the change is raised.
      Variables.INVESTIGATION_INPUTS.stream().filter(v -> !Variables.RFC_INPUTS.contains(v))
          .forEach(execution::removeVariable);
    } else {
      Variables.INVESTIGATION_INPUTS.forEach(execution::removeVariable);
    }
    variables.show(execution, number);
  }
}
