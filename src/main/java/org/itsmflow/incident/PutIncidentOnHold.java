package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_PutOnHold: waiting on the customer or a supplier pauses the SLA clock. */
@Component("holdIncident")
class PutIncidentOnHold implements JavaDelegate {

  private final Incidents incidents;

  PutIncidentOnHold(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.hold(IncidentProcess.Variables.number(execution),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.REASON));
  }
}
