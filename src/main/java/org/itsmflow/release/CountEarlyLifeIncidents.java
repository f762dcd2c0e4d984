package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_CountEarlyLifeIncidents: the input of early-life-threshold. */
@Component("countEarlyLifeIncidents")
class CountEarlyLifeIncidents implements JavaDelegate {

  private final Releases releases;

  CountEarlyLifeIncidents(Releases releases) {
    this.releases = releases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Variables.INCIDENT_COUNT, releases.earlyLifeIncidents(Variables.number(execution)).size());
  }
}
