package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_ClassifyIncident: record priority and group, start the SLA clock. */
@Component("triageIncident")
class TriageIncident implements JavaDelegate {

  private final Incidents incidents;

  TriageIncident(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = IncidentProcess.Variables.number(execution);
    Integer priority = IncidentProcess.Variables.integer(execution, IncidentProcess.Variables.PRIORITY);
    String group = IncidentProcess.Variables.text(execution, IncidentProcess.Variables.ASSIGNMENT_GROUP);
    IncidentProcess.Variables.slaDueAt(execution, incidents.triage(number, priority, group));
  }
}
