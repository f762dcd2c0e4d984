package org.itsmflow.nonconformity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/** corrective-action, completing Task_CorrectNonconformity: the immediate correction. */
@Component("recordCorrection")
class RecordCorrection implements TaskListener {

  private final Nonconformities nonconformities;
  private final NonconformityVariables variables;

  RecordCorrection(Nonconformities nonconformities, NonconformityVariables variables) {
    this.nonconformities = nonconformities;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Variables.number(task);
    nonconformities.correct(number, ProcessVariables.text(task, Variables.CORRECTION));
    variables.show(task.getExecution(), number);
  }
}
