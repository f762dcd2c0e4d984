package org.itsmflow.nonconformity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** corrective-action, completing Task_AnalyseCause: the cause found. */
@Component("recordNonconformityCause")
class RecordNonconformityCause implements TaskListener {

  private final Nonconformities nonconformities;
  private final NonconformityVariables variables;

  RecordNonconformityCause(Nonconformities nonconformities, NonconformityVariables variables) {
    this.nonconformities = nonconformities;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Variables.number(task);
    nonconformities.analyse(number, ProcessVariables.text(task, Variables.CAUSE));
    variables.show(task.getExecution(), number);
  }
}
