package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_ResumeWork: the SLA clock runs again. */
@Component("resumeIncident")
class ResumeIncident implements JavaDelegate {

  private final Incidents incidents;

  ResumeIncident(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.resume(IncidentProcess.Variables.number(execution));
  }
}
