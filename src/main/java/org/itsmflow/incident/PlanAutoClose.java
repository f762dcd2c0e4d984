package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.itsmflow.platform.ProcessVariables;
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
    // Transient: the timer after the next gateway reads it in this transaction; the job keeps the date.
    ProcessVariables.input(execution, IncidentProcess.Variables.AUTO_CLOSE_AT,
        Date.from(incidents.autoCloseAt(IncidentProcess.Variables.number(execution))), Variables::dateValue);
  }
}
