package org.itsmflow.nonconformity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.springframework.stereotype.Component;

/** corrective-action, Task_ScheduleReview: the effectiveness review is due after the configured period. */
@Component("scheduleEffectivenessReview")
class ScheduleEffectivenessReview implements JavaDelegate {

  private final Nonconformities nonconformities;
  private final NonconformityVariables variables;
  private final NonconformityProperties properties;

  ScheduleEffectivenessReview(Nonconformities nonconformities, NonconformityVariables variables, NonconformityProperties properties) {
    this.nonconformities = nonconformities;
    this.variables = variables;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    nonconformities.scheduleReview(number, properties.effectivenessReviewPeriod());
    variables.show(execution, number);
  }
}
