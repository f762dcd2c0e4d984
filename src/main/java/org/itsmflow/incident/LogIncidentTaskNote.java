package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener on completion of the managers' tasks: their note goes to the work log. */
@Component("logIncidentTaskNote")
class LogIncidentTaskNote implements TaskListener {

  private final Incidents incidents;

  LogIncidentTaskNote(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void notify(DelegateTask task) {
    String note = IncidentProcess.Variables.text(task, IncidentProcess.Variables.NOTE);
    incidents.log(IncidentProcess.Variables.number(task), task.getTaskDefinitionKey(),
        task.getName() + (note == null || note.isBlank() ? "" : ": " + note));
  }
}
