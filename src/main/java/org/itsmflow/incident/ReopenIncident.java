package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_ReopenIncident: the customer rejected the resolution. */
@Component("reopenIncident")
class ReopenIncident implements JavaDelegate {

  private final Incidents incidents;

  ReopenIncident(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.reopen(IncidentProcess.Variables.number(execution),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.REASON));
  }
}
