package org.itsmflow.improvement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.springframework.stereotype.Component;

/** continual-improvement, Task_RecordPriority: improvement-priority's answer goes to the register. */
@Component("recordImprovementPriority")
class RecordImprovementPriority implements JavaDelegate {

  private final Improvements improvements;
  private final ImprovementVariables variables;

  RecordImprovementPriority(Improvements improvements, ImprovementVariables variables) {
    this.improvements = improvements;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    java.util.Map<?, ?> result = (java.util.Map<?, ?>) execution.getVariable(Variables.PRIORITY_RESULT);
    improvements.prioritise(number, ((Number) result.get("priority")).intValue(), (String) result.get(Variables.RATIONALE));
    execution.removeVariable(Variables.PRIORITY_RESULT);
    variables.show(execution, number);
  }
}
