package org.itsmflow.release;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** release-deployment, completing Task_BuildRelease: the build's version and notes go to the record. */
@Component("recordReleaseBuild")
class RecordReleaseBuild implements TaskListener {

  private final Releases releases;

  RecordReleaseBuild(Releases releases) {
    this.releases = releases;
  }

  @Override
  public void notify(DelegateTask task) {
    releases.recordBuild(Variables.number(task), ProcessVariables.text(task, Variables.BUILD_VERSION),
        ProcessVariables.text(task, Variables.BUILD_NOTES));
  }
}
