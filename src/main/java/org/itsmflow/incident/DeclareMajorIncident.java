package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_DeclareMajorIncident: flag it and inform top management. */
@Component("declareMajorIncident")
class DeclareMajorIncident implements JavaDelegate {

  private final Incidents incidents;

  DeclareMajorIncident(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.declareMajor(IncidentProcess.Variables.number(execution));
  }
}
