package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, completing an acceptance task: who decided for which group; one rejection is enough. */
@Component("recordReleaseAcceptance")
class RecordReleaseAcceptance implements TaskListener {

  private final Releases releases;

  RecordReleaseAcceptance(Releases releases) {
    this.releases = releases;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean rejected = releases.recordAcceptance(Variables.number(task), task.getId(),
        ProcessVariables.text(task, Variables.ACCEPTANCE_GROUP), ProcessVariables.text(task, Variables.ACCEPTANCE),
        ProcessVariables.text(task, Variables.REASON));
    if (rejected) {
      // Ends the other acceptance tasks (the multi-instance completion condition).
      task.getExecution().getProcessInstance().setVariable(Variables.REJECTED, true);
    }
  }
}
