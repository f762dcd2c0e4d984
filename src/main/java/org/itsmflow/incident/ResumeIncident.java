package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_ResumeWork: the SLA clock runs again. */
@Component("resumeIncident")
class ResumeIncident implements JavaDelegate {

  private final Incidents incidents;
  private final InvestigationDueDate dueDate;

  ResumeIncident(Incidents incidents, InvestigationDueDate dueDate) {
    this.incidents = incidents;
    this.dueDate = dueDate;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dueDate.follow(execution, incidents.resume(IncidentProcess.Variables.number(execution)));
  }
}
