package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_LinkToParent: this incident is caused by a major (parent) incident. */
@Component("linkIncidentToParent")
class LinkIncidentToParent implements JavaDelegate {

  private final Incidents incidents;

  LinkIncidentToParent(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.link(IncidentProcess.Variables.number(execution),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.PARENT_NUMBER));
  }
}
