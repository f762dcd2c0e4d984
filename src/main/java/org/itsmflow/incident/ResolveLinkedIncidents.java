package org.itsmflow.incident;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * incident-management, Task_ResolveLinkedIncidents: every open child incident is resolved with
 * this one's resolution, through its own process (message ParentIncidentResolved).
 */
@Component("resolveLinkedIncidents")
class ResolveLinkedIncidents implements JavaDelegate {

  private final Incidents incidents;
  private final RuntimeService runtimeService;

  ResolveLinkedIncidents(Incidents incidents, RuntimeService runtimeService) {
    this.incidents = incidents;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String parent = IncidentProcess.Variables.number(execution);
    Incident resolved = incidents.get(parent);
    for (String child : incidents.openChildren(parent)) {
      runtimeService.createMessageCorrelation(IncidentProcess.Messages.PARENT_RESOLVED)
          .processInstanceBusinessKey(child)
          .setVariable(IncidentProcess.Variables.PARENT_NUMBER, parent)
          .setVariable(IncidentProcess.Variables.RESOLUTION_CODE, resolved.resolutionCode())
          .setVariable(IncidentProcess.Variables.RESOLUTION, resolved.resolution())
          .correlateAllWithResult();
    }
  }
}
