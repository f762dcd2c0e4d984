package org.itsmflow.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.catalogue.CiChange;
import org.itsmflow.catalogue.CiRequest;
import org.itsmflow.catalogue.ConfigurationItem;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.change.Change;
import org.itsmflow.change.ChangeProcess;
import org.itsmflow.change.Changes;
import org.itsmflow.incident.IncidentProcess;
import org.itsmflow.problem.Problems;
import org.itsmflow.release.ReleaseProcess.Elements;
import org.itsmflow.release.ReleaseProcess.Messages;
import org.itsmflow.release.ReleaseProcess.Variables;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.FlowNodeCoverage;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * release-deployment, path by path, with real change records whose change-management instances
 * the release drives; timers by moving the engine clock. The class fails when its paths pass
 * less than 90 % of the model's flow nodes.
 */
@Iso20000({"8.5.3", "8.2.6"})
class ReleaseProcessTest extends ApplicationTest {

  private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage();
  private static ProcessEngine coveredEngine;

  @AfterAll
  static void mostOfTheModelIsTested() {
    COVERAGE.assertAtLeast(coveredEngine, ReleaseProcess.KEY, 0.9);
  }

  static final Instant START = Instant.parse("2027-06-01T09:00:00Z");
  private static final Instant WINDOW = START.plus(Duration.ofDays(3));

  @Autowired Releases releases;
  @Autowired Changes changes;
  @Autowired Problems problems;
  @Autowired ConfigurationItems cis;
  @Autowired JdbcTemplate jdbc;

  private String service;
  private String ci;

  @BeforeEach
  void fixtures() {
    coveredEngine = engine;
    ClockUtil.setCurrentTime(Date.from(START));
    user("rel-manager", RoleGroup.RELEASE_MANAGERS.id(), RoleGroup.CHANGE_MANAGERS.id());
    service = Fixtures.service(jdbc, 3);
    ci = Fixtures.ci(cis, service);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aMajorReleaseIsBuiltAcceptedDeployedWithItsChangesImplementedSupportedAndClosed() {
    String first = scheduledChange();
    String second = scheduledChange();
    ProcessInstance release = plan("major", "manual", first, second);
    String number = release.getBusinessKey();

    assertThat(number).matches("REL-\\d{6}");
    assertThat(changes.get(first).status().id()).isEqualTo("in-release");
    assertThat(changes.get(first).releaseNumber()).isEqualTo(number);
    assertThat(changeInstance(first)).isWaitingAt(ChangeProcess.Elements.RELEASE_OUTCOME);
    assertThat(release).isWaitingAt(Elements.BUILD).task().hasCandidateGroup(RoleGroup.SUPPORT_2ND_LEVEL.id());

    buildAndTest(release, "passed");
    assertThat(record(number).status()).isEqualTo(ReleaseStatus.AWAITING_ACCEPTANCE);
    List<Task> acceptances = acceptanceTasks(release);
    assertThat(acceptances).hasSize(2);
    acceptAll(release);

    assertThat(release).isWaitingAt(Elements.WINDOW_START);
    assertThat(record(number).status()).isEqualTo(ReleaseStatus.SCHEDULED);
    assertThat(job(Elements.WINDOW_START, release).getDuedate()).isEqualTo(Date.from(WINDOW));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_release_baseline WHERE release_number = ?",
        Integer.class, number)).isEqualTo(1);
    openWindow(release);
    assertThat(release).isWaitingAt(Elements.DEPLOY).task().hasCandidateGroup(RoleGroup.SUPPORT_2ND_LEVEL.id());
    assertThat(notifications(number, "RELEASE_DEPLOY")).isEqualTo(1);
    complete(task(release), Variables.DEPLOYMENT_OUTCOME, "success", Variables.DEPLOYMENT_NOTES, "Rolled out");

    // The deployment implements the changes at once; early life support concerns the release alone.
    assertThat(release).hasPassed(Elements.IMPLEMENT_CHANGES).isWaitingAt(Elements.EARLY_LIFE_ENDED);
    assertThat(record(number).status()).isEqualTo(ReleaseStatus.EARLY_LIFE_SUPPORT);
    for (String change : List.of(first, second)) {
      Change c = changes.get(change);
      assertThat(c.status().id()).isEqualTo("in-review");
      assertThat(c.outcome()).isEqualTo("successful");
      assertThat(c.implementedAt()).isEqualTo(record(number).deployedAt()).isEqualTo(WINDOW);
      assertThat(changeInstance(change)).isWaitingAt(ChangeProcess.Elements.REVIEW);
    }
    assertThat(cis.history(ci)).filteredOn(entry -> entry.field().equals(ConfigurationItems.IMPLEMENTED_CHANGE))
        .extracting(CiChange::newValue).anySatisfy(value -> assertThat(value).contains("release " + number));
    Job earlyLife = job(Elements.EARLY_LIFE_ENDED, release);
    assertThat(earlyLife.getDuedate()).isEqualTo(Date.from(WINDOW.plus(Duration.ofDays(7))));
    ClockUtil.setCurrentTime(earlyLife.getDuedate());
    execute(earlyLife);

    assertThat(release).isEnded().hasPassed(Elements.CLOSED).hasNotPassed(Elements.RAISE_PROBLEM);
    assertThat(record(number).status()).isEqualTo(ReleaseStatus.CLOSED);
    assertThat(record(number).earlyLifeIncidents()).isZero();
  }

  @Test
  void aReleaseTypeWithoutEarlyLifeSupportClosesAsSoonAsItsTimerRuns() {
    if (jdbc.queryForObject("SELECT count(*) FROM itsm_release_type WHERE code = 'config-only'", Integer.class) == 0) {
      jdbc.update("INSERT INTO itsm_release_type (code, name, description, acceptance, early_life_days, active) "
          + "VALUES ('config-only', 'Configuration only', NULL, 'release-manager', 0, TRUE)");
    }
    String change = scheduledChange();
    ProcessInstance release = acceptedRelease("config-only", "manual", change);
    String number = release.getBusinessKey();
    openWindow(release);
    complete(task(release), Variables.DEPLOYMENT_OUTCOME, "success", Variables.DEPLOYMENT_NOTES, "Applied");

    assertThat(changes.get(change).outcome()).isEqualTo("successful");
    Job earlyLife = job(Elements.EARLY_LIFE_ENDED, release);
    assertThat(earlyLife.getDuedate()).isEqualTo(Date.from(WINDOW));
    execute(earlyLife);

    assertThat(release).isEnded().hasPassed(Elements.IMPLEMENT_CHANGES, Elements.CLOSED);
    assertThat(record(number).status()).isEqualTo(ReleaseStatus.CLOSED);
    assertThat(releases.workLog(number)).extracting(e -> e.text())
        .contains("No early life support for release type config-only");
  }

  /** A release deployed under an older model, without "Record changes implemented", still implements them. */
  @Test
  void closingAReleaseImplementsChangesThatAreStillInIt() {
    String change = scheduledChange();
    ProcessInstance release = plan("minor", "manual", change);
    engine.getRuntimeService().createProcessInstanceModification(release.getId())
        .cancelAllForActivity(Elements.BUILD).startBeforeActivity(Elements.CLOSE).execute();

    assertThat(release).isEnded().hasPassed(Elements.CLOSED);
    assertThat(changes.get(change).status().id()).isEqualTo("in-review");
    assertThat(changes.get(change).outcome()).isEqualTo("successful");
    assertThat(changeInstance(change)).isWaitingAt(ChangeProcess.Elements.REVIEW);
  }

  @Test
  void failedTestsGoBackToBuildAndAnEmergencyReleaseIsAcceptedByReleaseManagersAlone() {
    ProcessInstance release = plan("emergency", "manual", scheduledChange());
    String number = release.getBusinessKey();

    buildAndTest(release, "failed");
    assertThat(release).isWaitingAt(Elements.BUILD);
    assertThat(record(number).status()).isEqualTo(ReleaseStatus.BUILDING);
    buildAndTest(release, "passed");

    assertThat(acceptanceTasks(release)).singleElement()
        .satisfies(t -> assertThat(t).hasCandidateGroup(RoleGroup.RELEASE_MANAGERS.id()));
    assertThat(releases.tests(number)).extracting(ReleaseTest::result).containsExactly("failed", "passed");
  }

  @Test
  void aRejectionReturnsTheReleaseToBuildWithItsReason() {
    ProcessInstance release = plan("minor", "manual", scheduledChange());
    String number = release.getBusinessKey();
    buildAndTest(release, "passed");

    Task owners = acceptanceTasks(release).stream()
        .filter(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).stream()
            .anyMatch(l -> RoleGroup.SERVICE_OWNERS.id().equals(l.getGroupId()))).findFirst().orElseThrow();
    complete(owners, Variables.ACCEPTANCE, "reject", Variables.REASON, "No user documentation");

    assertThat(release).isWaitingAt(Elements.BUILD);
    assertThat(acceptanceTasks(release)).as("the other acceptance ends").isEmpty();
    assertThat(record(number).revision()).isEqualTo(2);
    assertThat(record(number).failureReason()).contains("No user documentation");
    assertThat(releases.acceptances(number)).singleElement().satisfies(a -> {
      assertThat(a.decision()).isEqualTo("reject");
      assertThat(a.groupId()).isEqualTo(RoleGroup.SERVICE_OWNERS.id());
    });
  }

  @Test
  void aMissedWindowGoesToTheReleaseManagersWhoRescheduleOrCancel() {
    String change = scheduledChange();
    ProcessInstance release = acceptedRelease("minor", "manual", change);
    String number = release.getBusinessKey();
    openWindow(release);

    Job windowEnd = job(Elements.WINDOW_ENDED, release);
    assertThat(windowEnd.getDuedate()).isEqualTo(Date.from(WINDOW.plus(Duration.ofHours(2))));
    ClockUtil.setCurrentTime(windowEnd.getDuedate());
    execute(windowEnd);

    assertThat(release).isWaitingAt(Elements.HANDLE_MISSED_WINDOW).task().hasCandidateGroup(RoleGroup.RELEASE_MANAGERS.id());
    assertThat(record(number).status()).isEqualTo(ReleaseStatus.WINDOW_MISSED);
    assertThat(notifications(number, "RELEASE_WINDOW_MISSED")).isEqualTo(1);
    Instant next = WINDOW.plus(Duration.ofDays(2));
    complete(task(release), Variables.WINDOW_DECISION, "reschedule", Variables.WINDOW_START, next.toString(),
        Variables.WINDOW_END, next.plus(Duration.ofHours(1)).toString(), Variables.REASON, "Team unavailable");
    assertThat(release).isWaitingAt(Elements.WINDOW_START);
    assertThat(job(Elements.WINDOW_START, release).getDuedate()).isEqualTo(Date.from(next));

    openWindow(release);
    Job again = job(Elements.WINDOW_ENDED, release);
    ClockUtil.setCurrentTime(again.getDuedate());
    execute(again);
    complete(task(release), Variables.WINDOW_DECISION, "cancel", Variables.REASON, "Superseded by 2.0");

    assertThat(release).isEnded().hasPassed(Elements.CANCELLED);
    assertThat(record(number).status()).isEqualTo(ReleaseStatus.CANCELLED);
    // The change is on its own schedule again.
    assertThat(changes.get(change).status().id()).isEqualTo("scheduled");
    assertThat(changes.get(change).releaseNumber()).isNull();
    assertThat(changeInstance(change)).isWaitingAt(ChangeProcess.Elements.AWAIT_START);
  }

  @Test
  void aFailedDeploymentRestoresTheBaselineFailsTheChangesAndIsReplanned() {
    String change = scheduledChange();
    ProcessInstance release = acceptedRelease("minor", "automated", change);
    String number = release.getBusinessKey();
    openWindow(release);
    // What the deployment changed in the CMDB before it failed.
    ConfigurationItem before = cis.get(ci);
    cis.update(ci, new CiRequest(before.type(), "Renamed by the deployment", before.description(), "maintenance",
        before.ownerGroup(), before.underChangeControl(), before.services(), List.of()), change);
    engine.getRuntimeService().createMessageCorrelation(Messages.DEPLOYMENT_RESULT).processInstanceBusinessKey(number)
        .setVariable(Variables.DEPLOYMENT_OUTCOME, "failed").setVariable(Variables.DEPLOYMENT_NOTES, "Migration broke")
        .correlate();

    assertThat(release).isWaitingAt(Elements.ROLL_BACK);
    assertThat(record(number).status()).isEqualTo(ReleaseStatus.ROLLING_BACK);
    assertThat(notifications(number, "RELEASE_FAILED")).isEqualTo(1);
    complete(task(release), Variables.ROLLBACK_NOTES, "Restored the database snapshot");

    assertThat(cis.get(ci).name()).isEqualTo(before.name());
    assertThat(cis.get(ci).status()).isEqualTo(before.status());
    assertThat(changes.get(change).outcome()).isEqualTo("failed");
    assertThat(changeInstance(change)).isWaitingAt(ChangeProcess.Elements.REVIEW);
    assertThat(release).isWaitingAt(Elements.REPLAN_OR_CANCEL);
    assertThat(record(number).status()).isEqualTo(ReleaseStatus.AWAITING_REPLAN);

    // On another CI: the failure raised the risk of further changes on this one.
    String retry = scheduledChange(Fixtures.ci(cis, service));
    Instant next = WINDOW.plus(Duration.ofDays(4));
    complete(task(release), Variables.REPLAN_DECISION, "replan", Variables.CHANGES, retry,
        Variables.WINDOW_START, next.toString(), Variables.WINDOW_END, next.plus(Duration.ofHours(1)).toString());
    assertThat(release).isWaitingAt(Elements.BUILD);
    assertThat(record(number).revision()).isEqualTo(2);
    assertThat(changes.get(retry).releaseNumber()).isEqualTo(number);
    assertThat(releases.changes(number)).extracting(BundledChange::number).containsExactly(change, retry);
  }

  @Test
  void aRolledBackReleaseCanBeCancelled() {
    ProcessInstance release = acceptedRelease("minor", "manual", scheduledChange());
    openWindow(release);
    complete(task(release), Variables.DEPLOYMENT_OUTCOME, "failed", Variables.DEPLOYMENT_NOTES, "Disk full");
    complete(task(release), Variables.ROLLBACK_NOTES, "Reverted");
    complete(task(release), Variables.REPLAN_DECISION, "cancel", Variables.REASON, "Vendor withdrew the patch");

    assertThat(release).isEnded().hasPassed(Elements.CANCELLED);
  }

  @Test
  void tooManyIncidentsInEarlyLifeRaiseAProblemWithTheReleaseLinked() {
    ProcessInstance release = acceptedRelease("minor", "manual", scheduledChange());
    String number = release.getBusinessKey();
    openWindow(release);
    complete(task(release), Variables.DEPLOYMENT_OUTCOME, "success", Variables.DEPLOYMENT_NOTES, "Rolled out");
    for (int i = 0; i < 4; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(IncidentProcess.KEY, Map.of(
          IncidentProcess.Variables.TITLE, "Slow after update", IncidentProcess.Variables.DESCRIPTION, "Since 2.0",
          IncidentProcess.Variables.SERVICE_CODE, service, IncidentProcess.Variables.CI_ID, ci,
          IncidentProcess.Variables.IMPACT, 3, IncidentProcess.Variables.URGENCY, 3));
    }
    Job earlyLife = job(Elements.EARLY_LIFE_ENDED, release);
    ClockUtil.setCurrentTime(earlyLife.getDuedate());
    execute(earlyLife);

    assertThat(release).isEnded().hasPassed(Elements.RAISE_PROBLEM, Elements.CLOSED);
    String problem = record(number).problemNumber();
    assertThat(problem).matches("PRB-\\d{6}");
    assertThat(problems.get(problem).releaseNumber()).isEqualTo(number);
    assertThat(problems.get(problem).source().id()).isEqualTo("release");
    assertThat(problems.incidents(problem)).hasSize(4);
    assertThat(record(number).earlyLifeIncidents()).isEqualTo(4);
  }

  @Test
  void workNotesArriveByMessage() {
    ProcessInstance release = plan("minor", "manual", scheduledChange());
    engine.getRuntimeService().createMessageCorrelation(Messages.WORK_NOTE_ADDED)
        .processInstanceBusinessKey(release.getBusinessKey()).setVariable(Variables.NOTE, "Build server booked").correlate();

    assertThat(releases.workLog(release.getBusinessKey())).extracting(e -> e.text()).contains("Build server booked");
  }

  @Test
  void onlyAuthorisedChangesOnTheScheduleCanBeBundledAndOnlyOnce() {
    String change = scheduledChange();
    plan("minor", "manual", change);

    assertThatThrownBy(() -> plan("minor", "manual", change)).hasMessageContaining(change)
        .hasMessageContaining("in-release");
    int before = jdbc.queryForObject("SELECT count(*) FROM itsm_release", Integer.class);
    assertThatThrownBy(() -> plan("minor", "manual", "CHG-999999")).hasMessageContaining("CHG-999999");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_release", Integer.class)).isEqualTo(before);
  }

  // --- helpers

  /** A low-risk normal change, authorised by a change manager: on the schedule, waiting for its start. */
  private String scheduledChange() {
    return scheduledChange(ci);
  }

  private String scheduledChange(String ciId) {
    Instant start = START.plus(Duration.ofDays(20));
    ProcessInstance change = engine.getRuntimeService().startProcessInstanceByKey(ChangeProcess.KEY, Map.ofEntries(
        Map.entry(ChangeProcess.Variables.TITLE, "Upgrade to 2.0"), Map.entry(ChangeProcess.Variables.DESCRIPTION, "Vendor release"),
        Map.entry(ChangeProcess.Variables.CATEGORY, "normal"), Map.entry(ChangeProcess.Variables.SERVICE_CODE, service),
        Map.entry(ChangeProcess.Variables.IMPACT, 3), Map.entry(ChangeProcess.Variables.IMPLEMENTATION_PLAN, "Install"),
        Map.entry(ChangeProcess.Variables.BACKOUT_PLAN, "Uninstall"), Map.entry(ChangeProcess.Variables.BACKOUT_TESTED, true),
        Map.entry(ChangeProcess.Variables.PLANNED_START, Date.from(start)),
        Map.entry(ChangeProcess.Variables.PLANNED_END, Date.from(start.plus(Duration.ofMinutes(30 + changeCount++)))),
        Map.entry(ChangeProcess.Variables.AFFECTED_CIS, ciId), Map.entry(ChangeProcess.Variables.REQUESTED_BY, "rel-manager")));
    complete(task(change), ChangeProcess.Variables.AUTHORISATION, ChangeProcess.Variables.APPROVE,
        ChangeProcess.Variables.COMMENT, "Goes with the release");
    if (changes.get(change.getBusinessKey()).status().id().equals("awaiting-reschedule")) {
      // Changes of one release share CIs and times: the schedule check sees the earlier ones.
      complete(task(change), ChangeProcess.Variables.PLANNED_START, Date.from(start.plus(Duration.ofDays(changeCount))),
          ChangeProcess.Variables.PLANNED_END, Date.from(start.plus(Duration.ofDays(changeCount)).plusSeconds(600)));
    }
    assertThat(changes.get(change.getBusinessKey()).status().id()).isEqualTo("scheduled");
    return change.getBusinessKey();
  }

  private int changeCount;

  private ProcessInstance plan(String type, String mode, String... changeNumbers) {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(ReleaseProcess.KEY, Map.of(
        Variables.TITLE, "Mail 2.0", Variables.DESCRIPTION, "The 2.0 upgrade", Variables.TYPE, type,
        Variables.CHANGES, String.join(",", changeNumbers), Variables.WINDOW_START, Date.from(WINDOW),
        Variables.WINDOW_END, Date.from(WINDOW.plus(Duration.ofHours(2))), Variables.DEPLOYMENT_MODE, mode,
        Variables.REQUESTED_BY, "rel-manager"));
    COVERAGE.track(instance.getId());
    return instance;
  }

  private ProcessInstance acceptedRelease(String type, String mode, String... changeNumbers) {
    ProcessInstance release = plan(type, mode, changeNumbers);
    buildAndTest(release, "passed");
    acceptAll(release);
    return release;
  }

  private void buildAndTest(ProcessInstance release, String result) {
    complete(task(Elements.BUILD, release), Variables.BUILD_VERSION, "2.0." + System.nanoTime() % 1000,
        Variables.BUILD_NOTES, "From the release branch");
    complete(task(Elements.TEST, release), Variables.TEST_RESULT, result, Variables.TEST_EVIDENCE, "CI run 81");
  }

  private void acceptAll(ProcessInstance release) {
    for (Task t : acceptanceTasks(release)) {
      complete(t, Variables.ACCEPTANCE, "accept", Variables.REASON, "Looks good");
    }
  }

  private void openWindow(ProcessInstance release) {
    Job start = job(Elements.WINDOW_START, release);
    ClockUtil.setCurrentTime(start.getDuedate());
    execute(start);
  }

  private List<Task> acceptanceTasks(ProcessInstance release) {
    return engine.getTaskService().createTaskQuery().processInstanceId(release.getId())
        .taskDefinitionKey(Elements.ACCEPT).list();
  }

  private ProcessInstance changeInstance(String change) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(change).singleResult();
  }

  private Release record(String number) {
    return releases.get(number);
  }

  private void complete(Task task, Object... variables) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    engine.getTaskService().complete(task.getId(), values);
  }

  private int notifications(String number, String kind) {
    return jdbc.queryForObject("SELECT count(*) FROM itsm_notification WHERE record_ref = ? AND kind = ?",
        Integer.class, number, kind);
  }
}
