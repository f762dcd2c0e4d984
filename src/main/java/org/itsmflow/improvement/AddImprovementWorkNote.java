package org.itsmflow.improvement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** continual-improvement, Task_AddWorkNote (event subprocess): a note in the work log. */
@Component("addImprovementWorkNote")
class AddImprovementWorkNote implements JavaDelegate {

  private final Improvements improvements;
  private final ImprovementVariables variables;

  AddImprovementWorkNote(Improvements improvements, ImprovementVariables variables) {
    this.improvements = improvements;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    improvements.addWorkNote(number, ProcessVariables.text(execution, Variables.NOTE));
    execution.removeVariable(Variables.NOTE);
    variables.show(execution, number);
  }
}
