package org.itsmflow.improvement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * continual-improvement, Task_RecordImprovement: the entry in the register is created here, for
 * POST /api/improvements and Tasklist's start form alike, in the same transaction as the instance.
 */
@Component("recordImprovement")
class RecordImprovement implements JavaDelegate {

  private final Improvements improvements;
  private final ImprovementVariables variables;

  RecordImprovement(Improvements improvements, ImprovementVariables variables) {
    this.improvements = improvements;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = improvements.record(new Improvements.Suggestion(ProcessVariables.text(execution, Variables.TITLE),
        ProcessVariables.text(execution, Variables.DESCRIPTION), ProcessVariables.text(execution, Variables.SOURCE),
        ProcessVariables.text(execution, Variables.SOURCE_REFERENCE), ProcessVariables.text(execution, Variables.BENEFIT),
        ProcessVariables.text(execution, Variables.EFFORT), ProcessVariables.text(execution, Variables.RISK),
        ProcessVariables.text(execution, Variables.ALIGNMENT)), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(number);
    variables.show(execution, number);
    // Only the register keeps these (the forms read them from there); Tasklist's start form sent them as variables.
    execution.removeVariables(Variables.RECORD_ONLY);
  }
}
