package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.ports.ProblemPort;
import org.springframework.stereotype.Component;

/**
 * incident-management, Task_RecordMajorIncidentReview: keep the review report with the record
 * and, when the review asks for it, raise a problem for the cause (ISO 20000 8.6.3).
 */
@Component("recordMajorIncidentReview")
class RecordMajorIncidentReview implements JavaDelegate {

  private final Incidents incidents;
  private final ProblemPort problems;

  RecordMajorIncidentReview(Incidents incidents, ProblemPort problems) {
    this.incidents = incidents;
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.recordReview(IncidentProcess.Variables.number(execution),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.REVIEW_TIMELINE),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.REVIEW_CAUSE),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.REVIEW_ACTIONS),
        IncidentProcess.Variables.text(execution, IncidentProcess.Variables.REVIEW_IMPROVEMENTS));
    if (IncidentProcess.Variables.flag(execution, IncidentProcess.Variables.RAISE_PROBLEM)) {
      String number = IncidentProcess.Variables.number(execution);
      String problem = problems.raiseFromReview(number,
          IncidentProcess.Variables.text(execution, IncidentProcess.Variables.REVIEW_CAUSE));
      incidents.log(number, "problem-raised", "The review raised problem " + problem);
    }
  }
}
