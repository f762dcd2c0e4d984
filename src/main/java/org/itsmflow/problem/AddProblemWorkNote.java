package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/** problem-management, Task_AddWorkNote (event subprocess): a note in the work log. */
@Component("addProblemWorkNote")
class AddProblemWorkNote implements JavaDelegate {

  private final Problems problems;

  AddProblemWorkNote(Problems problems) {
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    problems.addWorkNote(Variables.number(execution), ProcessVariables.text(execution, Variables.NOTE));
    execution.removeVariable(Variables.NOTE);
  }
}
