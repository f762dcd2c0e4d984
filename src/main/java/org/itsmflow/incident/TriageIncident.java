package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.sla.SlaClocks;
import org.springframework.stereotype.Component;

/** incident-management, Task_ClassifyIncident: record priority and group, start the SLA clock and plan its deadlines. */
@Component("triageIncident")
class TriageIncident implements JavaDelegate {

  private final Incidents incidents;
  private final SlaClocks slaClocks;

  TriageIncident(Incidents incidents, SlaClocks slaClocks) {
    this.incidents = incidents;
    this.slaClocks = slaClocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = IncidentProcess.Variables.number(execution);
    Integer priority = IncidentProcess.Variables.integer(execution, IncidentProcess.Variables.PRIORITY);
    String group = IncidentProcess.Variables.text(execution, IncidentProcess.Variables.ASSIGNMENT_GROUP);
    IncidentProcess.Variables.slaDueAt(execution, incidents.triage(number, priority, group,
        execution.getProcessInstanceId()));
    // The investigation that starts next holds the SLA deadlines' timers.
    slaClocks.showDeadlines(execution, number);
  }
}
