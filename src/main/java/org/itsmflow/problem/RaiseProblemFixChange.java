package org.itsmflow.problem;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.ports.ChangePort;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * problem-management, Task_RaiseFixChange: the permanent fix becomes an RFC in
 * change-management, which tells this problem how it ended (ProblemFixChangeCompleted).
 */
@Component("raiseProblemFixChange")
class RaiseProblemFixChange implements JavaDelegate {

  private final Problems problems;
  private final ProblemResolution resolution;
  private final ChangePort changes;
  private final CurrentUser currentUser;
  private final ProblemVariables variables;

  RaiseProblemFixChange(Problems problems, ProblemResolution resolution, ChangePort changes, CurrentUser currentUser,
      ProblemVariables variables) {
    this.problems = problems;
    this.resolution = resolution;
    this.changes = changes;
    this.currentUser = currentUser;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    String change = changes.requestFix(rfc(problems.get(number), problems.affectedCis(number), execution));
    resolution.awaitFix(number, change);
    Variables.RFC_INPUTS.forEach(execution::removeVariable);
    variables.show(execution, number);
  }

  /** The RFC for a problem's fix: the problem's service, CIs and impact, the plans from the investigation. */
  ChangePort.FixRequest rfc(Problem p, List<String> cis, DelegateExecution execution) {
    String category = ProcessVariables.text(execution, Variables.CHANGE_CATEGORY);
    String title = "Fix " + p.number() + ": " + p.title();
    return new ChangePort.FixRequest(p.number(), title.length() > 200 ? title.substring(0, 200) : title,
        "Permanent fix for problem " + p.number() + ". Root cause: " + p.rootCause()
            + (p.workaround() == null ? "" : "\nWorkaround until then: " + p.workaround()),
        category == null ? "normal" : category, p.serviceCode(), cis, p.impact() == null ? 2 : p.impact(),
        currentUser.id(), ProcessVariables.text(execution, Variables.IMPLEMENTATION_PLAN),
        ProcessVariables.text(execution, Variables.BACKOUT_PLAN), ProcessVariables.flag(execution, Variables.BACKOUT_TESTED),
        ProcessVariables.instant(execution, Variables.PLANNED_START), ProcessVariables.instant(execution, Variables.PLANNED_END));
  }
}
