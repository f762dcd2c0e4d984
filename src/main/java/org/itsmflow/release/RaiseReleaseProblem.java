package org.itsmflow.release;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.ports.ProblemPort;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * release-deployment, Task_RaiseReleaseProblem: too many incidents in early life support: a
 * problem names the release and takes the incidents that wait on no other problem.
 */
@Component("raiseReleaseProblem")
class RaiseReleaseProblem implements JavaDelegate {

  private final Releases releases;
  private final ReleaseDeployments deployments;
  private final ProblemPort problems;

  RaiseReleaseProblem(Releases releases, ReleaseDeployments deployments, ProblemPort problems) {
    this.releases = releases;
    this.deployments = deployments;
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Variables.number(execution);
    Release r = releases.get(number);
    if (r.problemNumber() != null) {
      return;
    }
    List<String> incidents = deployments.earlyLifeIncidents(number);
    List<String> free = incidents.stream().filter(i -> problems.problemOf(i) == null).toList();
    String title = "Incidents after release " + number + ": " + r.title();
    String problem = problems.raiseForRelease(new ProblemPort.ProblemReport(
        title.length() > 200 ? title.substring(0, 200) : title,
        incidents.size() + " incident(s) on the CIs of release " + number + " (" + r.type() + ", build "
            + r.buildVersion() + ") during early life support: "
            + String.join(", ", incidents.subList(0, Math.min(incidents.size(), 50)))
            + ". More than DMN early-life-threshold allows.",
        releases.affectedServices(number).get(0), releases.affectedCis(number), free), number);
    deployments.recordProblem(number, problem);
  }
}
