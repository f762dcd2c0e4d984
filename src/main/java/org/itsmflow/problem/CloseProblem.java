package org.itsmflow.problem;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.ports.IncidentPort;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * problem-management, Task_CloseProblem: the problem and, with a fix, its known error close;
 * the linked incidents still open are resolved with the fix through their own process, which
 * asks their desk to tell the reporters.
 */
@Component("closeProblem")
class CloseProblem implements JavaDelegate {

  static final String RESOLUTION_CODE = "permanent-fix";

  private final Problems problems;
  private final ProblemResolution resolution;
  private final IncidentPort incidents;
  private final ProblemVariables variables;

  CloseProblem(Problems problems, ProblemResolution resolution, IncidentPort incidents, ProblemVariables variables) {
    this.problems = problems;
    this.resolution = resolution;
    this.incidents = incidents;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    List<String> waiting = resolution.close(number);
    Problem p = problems.get(number);
    for (String incident : waiting) {
      incidents.resolveWithProblem(incident, number, RESOLUTION_CODE,
          "root cause (" + p.rootCause() + ") fixed: " + p.fixNotes());
      problems.log(number, "incident-resolved", incident + " resolved with the fix");
    }
    variables.show(execution, number);
  }
}
