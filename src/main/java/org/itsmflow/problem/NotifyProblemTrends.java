package org.itsmflow.problem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.itsmflow.security.RoleGroup;
import org.springframework.stereotype.Component;

/** problem-detection, Task_NotifyProblemManagers: one message per run with the candidates it raised. */
@Component("notifyProblemTrends")
class NotifyProblemTrends implements JavaDelegate {

  private final Notifier notifier;

  NotifyProblemTrends(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String raised = ProcessVariables.text(execution, Variables.RAISED_LIST);
    notifier.send(new Notification("problem-detection:" + execution.getProcessInstanceId(),
        RoleGroup.PROBLEM_MANAGERS.id(), "PROBLEM_CANDIDATES", raised,
        "Incident trends: new problem candidates " + raised,
        "Trend detection raised " + raised + ". Categorise each in Tasklist or reject it."));
  }
}
