package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.record.RecordProcess;
import org.itsmflow.record.Visibility;
import org.springframework.stereotype.Component;

/** incident-management, Task_AddWorkNote: a note in the work log; the first one meets the response target. */
@Component("addIncidentWorkNote")
class AddIncidentWorkNote implements JavaDelegate {

  private final Incidents incidents;

  AddIncidentWorkNote(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.addWorkNote(IncidentProcess.Variables.number(execution),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.NOTE),
        Visibility.of(execution.getVariable(RecordProcess.NOTE_VISIBILITY)));
  }
}
