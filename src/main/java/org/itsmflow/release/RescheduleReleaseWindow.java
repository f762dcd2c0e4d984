package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_RescheduleWindow: a new window after a missed one. */
@Component("rescheduleReleaseWindow")
class RescheduleReleaseWindow implements JavaDelegate {

  private final Releases releases;
  private final ReleaseVariables variables;

  RescheduleReleaseWindow(Releases releases, ReleaseVariables variables) {
    this.releases = releases;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    releases.rescheduleWindow(number, ProcessVariables.instant(execution, Variables.WINDOW_START),
        ProcessVariables.instant(execution, Variables.WINDOW_END));
    variables.show(execution, number);
  }
}
