package org.itsmflow.release;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/** What every release form shows, copied from the record whenever it changes. */
@Component
class ReleaseVariables {

  private final Releases releases;

  ReleaseVariables(Releases releases) {
    this.releases = releases;
  }

  void show(VariableScope scope, String number) {
    Release r = releases.get(number);
    scope.setVariable(Variables.NUMBER, r.number());
    scope.setVariable(Variables.TITLE, r.title());
    scope.setVariable(Variables.DESCRIPTION, r.description());
    scope.setVariable(Variables.TYPE, r.type());
    scope.setVariable(Variables.STATUS, r.status().id());
    scope.setVariable(Variables.REVISION, r.revision());
    scope.setVariable(Variables.DEPLOYMENT_MODE, r.deploymentMode());
    scope.setVariable(Variables.DEPLOYMENT_GROUP, r.deploymentGroup());
    scope.setVariable(Variables.REQUESTED_BY, r.requestedBy());
    ProcessVariables.instant(scope, Variables.WINDOW_START, r.windowStart());
    ProcessVariables.instant(scope, Variables.WINDOW_END, r.windowEnd());
    ProcessVariables.instant(scope, Variables.SLA_DUE_AT, r.windowStart());
    scope.setVariable(Variables.BUILD_VERSION, r.buildVersion());
    scope.setVariable(Variables.FAILURE_REASON, r.failureReason());
    List<BundledChange> changes = releases.changes(number);
    scope.setVariable(Variables.CHANGE_LIST, ProcessVariables.shown(changes.stream()
        .map(c -> c.number() + " (" + c.status() + "): " + c.title()).toList(), "\n"));
    scope.setVariable(Variables.AFFECTED_CIS, ProcessVariables.shown(releases.affectedCis(number), ", "));
    scope.setVariable(Variables.AFFECTED_SERVICES, ProcessVariables.shown(releases.affectedServices(number), ", "));
    List<ReleaseTest> tests = releases.tests(number);
    scope.setVariable(Variables.TEST_HISTORY, tests.isEmpty() ? "none yet" : ProcessVariables.shown(tests.stream()
        .map(t -> "Revision " + t.revision() + ", build " + t.buildVersion() + ": " + t.result() + " - " + t.evidence())
        .toList(), "\n"));
  }
}
