package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_ResolveIncident: record the resolution; the customer is asked to confirm. */
@Component("resolveIncident")
class ResolveIncident implements JavaDelegate {

  private final Incidents incidents;

  ResolveIncident(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.resolve(IncidentProcess.Variables.number(execution),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.RESOLUTION_CODE),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.RESOLUTION));
  }
}
