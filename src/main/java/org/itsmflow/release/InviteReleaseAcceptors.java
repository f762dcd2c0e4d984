package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * release-deployment, Task_InviteAcceptors: one acceptance task per group that must accept (the
 * release managers, and the affected services' owners when the release type says so).
 */
@Component("inviteReleaseAcceptors")
class InviteReleaseAcceptors implements JavaDelegate {

  private final Releases releases;

  InviteReleaseAcceptors(Releases releases) {
    this.releases = releases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Variables.ACCEPTANCE_GROUPS, releases.acceptors(Variables.number(execution)));
    execution.setVariable(Variables.REJECTED, false);
  }
}
