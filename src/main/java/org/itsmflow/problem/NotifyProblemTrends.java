package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.itsmflow.security.RoleGroup;
import org.springframework.stereotype.Component;

/** problem-detection, Task_NotifyProblemManagers: the problem managers hear of each candidate the run raised. */
@Component("notifyProblemTrends")
class NotifyProblemTrends implements JavaDelegate {

  private final Problems problems;
  private final Notifier notifier;

  NotifyProblemTrends(Problems problems, Notifier notifier) {
    this.problems = problems;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (String number : ProcessVariables.list(execution, Variables.RAISED_LIST)) {
      Problem p = problems.get(number);
      notifier.send(new Notification("problem:" + number + ":candidate", RoleGroup.PROBLEM_MANAGERS.id(),
          "PROBLEM_CANDIDATE", number, "Problem candidate " + number + ": " + p.title(),
          p.description() + "\nCategorise it in Tasklist, or reject it."));
    }
  }
}
