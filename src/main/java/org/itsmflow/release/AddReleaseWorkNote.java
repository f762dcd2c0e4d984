package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_AddWorkNote (event subprocess): a note in the work log. */
@Component("addReleaseWorkNote")
class AddReleaseWorkNote implements JavaDelegate {

  private final Releases releases;

  AddReleaseWorkNote(Releases releases) {
    this.releases = releases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    releases.addWorkNote(Variables.number(execution), ProcessVariables.text(execution, Variables.NOTE));
    execution.removeVariable(Variables.NOTE);
  }
}
