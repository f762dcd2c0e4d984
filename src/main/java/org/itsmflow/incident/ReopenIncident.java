package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.sla.SlaClocks;
import org.springframework.stereotype.Component;

/** incident-management, Task_ReopenIncident: the customer rejected the resolution. */
@Component("reopenIncident")
class ReopenIncident implements JavaDelegate {

  private final Incidents incidents;
  private final SlaClocks slaClocks;

  ReopenIncident(Incidents incidents, SlaClocks slaClocks) {
    this.incidents = incidents;
    this.slaClocks = slaClocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = IncidentProcess.Variables.number(execution);
    incidents.reopen(number, IncidentProcess.Variables.text(execution, IncidentProcess.Variables.REASON));
    // The investigation starts again, with the SLA deadlines' timers at the resumed clock's dates.
    slaClocks.showDeadlines(execution, number);
  }
}
