package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_CloseIncident: the customer confirmed the resolution. */
@Component("closeIncident")
class CloseConfirmedIncident implements JavaDelegate {

  private final Incidents incidents;

  CloseConfirmedIncident(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.close(IncidentProcess.Variables.number(execution), "Resolution confirmed");
  }
}
