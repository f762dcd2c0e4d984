package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_ResolveWithParent: the parent incident's resolution applies here too. */
@Component("resolveWithParent")
class ResolveWithParent implements JavaDelegate {

  private final Incidents incidents;

  ResolveWithParent(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.resolveWith(IncidentProcess.Variables.number(execution),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.PARENT_NUMBER),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.RESOLUTION_CODE),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.RESOLUTION));
  }
}
