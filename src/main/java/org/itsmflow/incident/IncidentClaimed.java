package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener on Task_InvestigateIncident: claiming it is the first agent action (response met). */
@Component("incidentClaimed")
class IncidentClaimed implements TaskListener {

  private final Incidents incidents;

  IncidentClaimed(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      incidents.respond(IncidentProcess.Variables.number(task), "First response: claimed by " + task.getAssignee());
    }
  }
}
