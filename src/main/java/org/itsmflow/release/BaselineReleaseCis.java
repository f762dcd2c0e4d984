package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, Task_BaselineCis: the affected CI records as they are before deployment. */
@Component("baselineReleaseCis")
class BaselineReleaseCis implements JavaDelegate {

  private final Releases releases;
  private final ReleaseBaselines baselines;
  private final ReleaseVariables variables;

  BaselineReleaseCis(Releases releases, ReleaseBaselines baselines, ReleaseVariables variables) {
    this.releases = releases;
    this.baselines = baselines;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    releases.markBaselined(number, baselines.take(number, releases.affectedCis(number)));
    variables.show(execution, number);
  }
}
