package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_RecordBundling: the change is part of a release now, which deploys it. */
@Component("recordChangeBundling")
class RecordChangeBundling implements JavaDelegate {

  private final Changes changes;
  private final ChangesInReleases inReleases;

  RecordChangeBundling(Changes changes, ChangesInReleases inReleases) {
    this.changes = changes;
    this.inReleases = inReleases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ChangeProcess.Variables.number(execution);
    inReleases.bundle(number, ChangeProcess.Variables.text(execution, ChangeProcess.Variables.RELEASE_NUMBER));
    ChangeVariables.show(execution, changes.get(number), changes.affectedCis(number));
  }
}
