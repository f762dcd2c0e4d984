package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/** problem-management, Task_LinkIncident (event subprocess): one more incident waits on this problem. */
@Component("linkProblemIncident")
class LinkProblemIncident implements JavaDelegate {

  private final Problems problems;
  private final ProblemVariables variables;

  LinkProblemIncident(Problems problems, ProblemVariables variables) {
    this.problems = problems;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    problems.link(number, ProcessVariables.text(execution, Variables.INCIDENT));
    execution.removeVariable(Variables.INCIDENT);
    variables.show(execution, number);
  }
}
