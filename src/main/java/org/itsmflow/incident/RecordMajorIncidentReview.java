package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** incident-management, Task_RecordMajorIncidentReview: keep the review report with the record. */
@Component("recordMajorIncidentReview")
class RecordMajorIncidentReview implements JavaDelegate {

  private final Incidents incidents;

  RecordMajorIncidentReview(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.recordReview(IncidentProcess.Variables.number(execution),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.REVIEW_TIMELINE),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.REVIEW_CAUSE),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.REVIEW_ACTIONS),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.REVIEW_IMPROVEMENTS));
  }
}
