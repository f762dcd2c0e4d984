package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import java.util.Date;

/** incident-management, Task_PlanAutoClose: when an unconfirmed resolution closes by itself. */
@Component("planAutoClose")
class PlanAutoClose implements JavaDelegate {

  private final Incidents incidents;

  PlanAutoClose(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(IncidentProcess.Variables.AUTO_CLOSE_AT,
        Date.from(incidents.autoCloseAt(IncidentProcess.Variables.number(execution))));
  }
}
