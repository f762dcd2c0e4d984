package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_ResolveWithProblem: the problem this incident waited on is fixed; its fix resolves it. */
@Component("resolveWithProblem")
class ResolveWithProblem implements JavaDelegate {

  private final Incidents incidents;

  ResolveWithProblem(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.resolveWith(IncidentProcess.Variables.number(execution),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.PROBLEM_NUMBER),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.RESOLUTION_CODE),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.RESOLUTION));
  }
}
