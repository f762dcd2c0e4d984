package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_AutoCloseIncident: nobody answered within the confirmation period. */
@Component("autoCloseIncident")
class AutoCloseIncident implements JavaDelegate {

  private final Incidents incidents;

  AutoCloseIncident(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.close(IncidentProcess.Variables.number(execution),
        "Closed automatically: no answer within the confirmation period");
  }
}
