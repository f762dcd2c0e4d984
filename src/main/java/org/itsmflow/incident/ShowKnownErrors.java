package org.itsmflow.incident;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.ports.ProblemPort;
import org.springframework.stereotype.Component;

/**
 * incident-management, on creating the tasks that work on an incident: the known errors for
 * its CI or service, so the form shows the workaround before anyone starts from scratch.
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
    String known = describe(problems.knownErrors(i.serviceCode(), i.ciId()));
    // Tasks are created again on every escalation: an unchanged text writes no history.
    if (!known.equals(task.getExecution().getVariable(IncidentProcess.Variables.KNOWN_ERRORS))) {
      task.getExecution().setVariable(IncidentProcess.Variables.KNOWN_ERRORS, known);
    }
  }

  static String describe(List<ProblemPort.KnownErrorMatch> matches) {
    if (matches.isEmpty()) {
      return "none for this CI or service";
    }
    return ProcessVariables.shown(matches.stream().map(k -> k.number() + " (" + k.problemNumber() + ") " + k.title()
        + ": " + (k.workaround() == null ? "no workaround yet" : k.workaround())).toList(), "\n");
  }
}
