package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_EscalateFunctionally: the investigation moves to the escalation group. */
@Component("escalateIncident")
class EscalateIncident implements JavaDelegate {

  private final Incidents incidents;

  EscalateIncident(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = IncidentProcess.Variables.text(execution, IncidentProcess.Variables.REASON);
    String group = incidents.escalateFunctionally(IncidentProcess.Variables.number(execution),
        reason == null || reason.isBlank() ? "escalated by the agent" : reason);
    execution.setVariable(IncidentProcess.Variables.ASSIGNMENT_GROUP, group);
    // The desk's choice is spent: the escalation group's task must not open with "escalate"
    // chosen, or completing it unchanged would send it back to the same queue.
    execution.removeVariable(IncidentProcess.Variables.OUTCOME);
    execution.removeVariable(IncidentProcess.Variables.REASON);
  }
}
