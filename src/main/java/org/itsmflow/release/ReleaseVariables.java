package org.itsmflow.release;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.record.RecordProcessVariables;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.RecordTypeVariables;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * What the flow and Tasklist's lists read, copied from the record whenever it changes (number,
 * title, type, deployment group, window); the forms read the rest from the records when they open:
 * this bean is the type's {@link RecordProcessVariables}.
 */
@Component
class ReleaseVariables extends RecordTypeVariables {

  private final Releases releases;
  private final ReleaseRepository repository;

  ReleaseVariables(Releases releases, ReleaseRepository repository) {
    super(RecordType.RELEASE, Variables.FLOW);
    this.releases = releases;
    this.repository = repository;
  }

  void show(VariableScope scope, String number) {
    Release r = releases.get(number);
    ProcessVariables.keep(scope, Variables.NUMBER, r.number());
    ProcessVariables.keep(scope, Variables.TITLE, r.title());
    ProcessVariables.keep(scope, Variables.TYPE, r.type());
    ProcessVariables.keep(scope, Variables.DEPLOYMENT_GROUP, r.deploymentGroup());
    ProcessVariables.keep(scope, Variables.WINDOW_START, r.windowStart());
    ProcessVariables.keep(scope, Variables.WINDOW_END, r.windowEnd());
    ProcessVariables.keep(scope, Variables.SLA_DUE_AT, r.windowStart());
  }

  @Override
  public Map<String, Object> formFields(String number) {
    return repository.find(number).map(this::fields).orElse(Map.of());
  }

  private Map<String, Object> fields(Release r) {
    String number = r.number();
    Map<String, Object> fields = new HashMap<>();
    fields.put(Variables.DESCRIPTION, r.description());
    fields.put(Variables.STATUS, r.status().id());
    fields.put(Variables.REVISION, r.revision());
    fields.put(Variables.DEPLOYMENT_MODE, r.deploymentMode());
    fields.put(Variables.REQUESTED_BY, r.requestedBy());
    fields.put(Variables.BUILD_VERSION, r.buildVersion());
    fields.put(Variables.FAILURE_REASON, r.failureReason());
    List<BundledChange> changes = releases.changes(number);
    fields.put(Variables.CHANGE_LIST, ProcessVariables.shown(changes.stream()
        .map(c -> c.number() + " (" + c.status() + "): " + c.title()).toList(), "\n"));
    fields.put(Variables.AFFECTED_CIS, ProcessVariables.shown(releases.affectedCis(number), ", "));
    fields.put(Variables.AFFECTED_SERVICES, ProcessVariables.shown(releases.affectedServices(number), ", "));
    List<ReleaseTest> tests = releases.tests(number);
    fields.put(Variables.TEST_HISTORY, tests.isEmpty() ? "none yet" : ProcessVariables.shown(tests.stream()
        .map(t -> "Revision " + t.revision() + ", build " + t.buildVersion() + ": " + t.result() + " - " + t.evidence())
        .toList(), "\n"));
    return fields;
  }
}
