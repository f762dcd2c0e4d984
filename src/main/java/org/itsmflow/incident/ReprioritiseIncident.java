package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * incident-management, Task_ApplyNewPriority: impact or urgency changed; the SLA clock takes the
 * new priority's targets and keeps the business time already used.
 */
@Component("reprioritiseIncident")
class ReprioritiseIncident implements JavaDelegate {

  private final Incidents incidents;
  private final InvestigationDueDate dueDate;

  ReprioritiseIncident(Incidents incidents, InvestigationDueDate dueDate) {
    this.incidents = incidents;
    this.dueDate = dueDate;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = IncidentProcess.Variables.number(execution);
    dueDate.follow(execution, incidents.reprioritise(number,
        IncidentProcess.Variables.integer(execution, IncidentProcess.Variables.IMPACT),
        IncidentProcess.Variables.integer(execution, IncidentProcess.Variables.URGENCY),
        IncidentProcess.Variables.integer(execution, IncidentProcess.Variables.PRIORITY)));
  }
}
