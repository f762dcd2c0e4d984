package org.itsmflow.problem;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * problem-management, Task_RecordPriority: the categorisation and problem-priority's answer go
 * to the record; the target drives the investigation's due date and the escalation timer.
 */
@Component("recordProblemPriority")
class RecordProblemPriority implements JavaDelegate {

  private final Problems problems;
  private final ProblemVariables variables;

  RecordProblemPriority(Problems problems, ProblemVariables variables) {
    this.problems = problems;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) execution.getVariable(Variables.PRIORITY_RESULT);
    String number = Variables.number(execution);
    problems.prioritise(number, ProcessVariables.text(execution, Variables.CATEGORY),
        Fields.range(Variables.IMPACT, ProcessVariables.integer(execution, Variables.IMPACT), 1, 3),
        Fields.range(Variables.URGENCY, ProcessVariables.integer(execution, Variables.URGENCY), 1, 3),
        ((Number) result.get("priority")).intValue(), ((Number) result.get("targetDays")).intValue(),
        (String) result.get("escalationGroup"));
    execution.removeVariable(Variables.PRIORITY_RESULT);
    variables.show(execution, number);
  }
}
