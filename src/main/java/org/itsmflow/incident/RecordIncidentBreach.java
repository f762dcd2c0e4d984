package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.sla.SlaClockProcess;
import org.springframework.stereotype.Component;

/** incident-management, Task_RecordBreach: the record shows the breach (hierarchical escalation). */
@Component("recordIncidentBreach")
class RecordIncidentBreach implements JavaDelegate {

  private final Incidents incidents;

  RecordIncidentBreach(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object target = execution.getVariable(SlaClockProcess.Variables.SLA_TARGET);
    incidents.recordBreach(IncidentProcess.Variables.number(execution), String.valueOf(target));
  }
}
