package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.ports.ProblemPort;
import org.springframework.stereotype.Component;

/**
 * For incidents started by an earlier version of incident-management, whose investigation and
 * major-incident tasks call this listener on creation: the known errors for the incident's CI or
 * service as a process variable. The current model has no such listener; its forms read the
 * known errors from the record when they open ({@link IncidentRecordVariables}).
 */
@Component("showKnownErrors")
class ShowKnownErrors implements TaskListener {

  private final Incidents incidents;
  private final ProblemPort problems;

  ShowKnownErrors(Incidents incidents, ProblemPort problems) {
    this.incidents = incidents;
    this.problems = problems;
  }

  @Override
  public void notify(DelegateTask task) {
    Incident i = incidents.get(IncidentProcess.Variables.number(task.getExecution()));
    String known = IncidentRecordVariables.knownErrors(problems.knownErrors(i.serviceCode(), i.ciId()));
    // Tasks are created again on every escalation: an unchanged text writes no history.
    if (!known.equals(task.getExecution().getVariable(IncidentProcess.Variables.KNOWN_ERRORS))) {
      task.getExecution().setVariable(IncidentProcess.Variables.KNOWN_ERRORS, known);
    }
  }
}
