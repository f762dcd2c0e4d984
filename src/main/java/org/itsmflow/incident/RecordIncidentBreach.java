package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.sla.SlaClockProcess;
import org.itsmflow.sla.SlaDeadline;
import org.springframework.stereotype.Component;

/**
 * incident-management, Task_RecordResponseBreach and Task_RecordResolutionBreach: the record shows the
 * breach (hierarchical escalation).
 */
@Component("recordIncidentBreach")
class RecordIncidentBreach implements JavaDelegate {

  private final Incidents incidents;

  RecordIncidentBreach(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Incidents of model versions before issue 17 learn the target from the sla-clock's message.
    Object target = execution.getVariable(SlaClockProcess.Variables.SLA_TARGET);
    incidents.recordBreach(IncidentProcess.Variables.number(execution),
        target != null ? target.toString() : SlaDeadline.of(execution).target().id());
  }
}
