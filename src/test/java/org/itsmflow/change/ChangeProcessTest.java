package org.itsmflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.catalogue.CiChange;
import org.itsmflow.catalogue.CiRequest;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.change.ChangeProcess.Elements;
import org.itsmflow.change.ChangeProcess.Messages;
import org.itsmflow.change.ChangeProcess.Variables;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.FlowNodeCoverage;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * change-management, path by path; timers by moving the engine clock. The class fails when its
 * paths pass less than 90 % of the model's flow nodes.
 */
@Iso20000("8.5.1")
class ChangeProcessTest extends ApplicationTest {

  private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage();
  private static ProcessEngine coveredEngine;

  @AfterAll
  static void mostOfTheModelIsTested() {
    COVERAGE.assertAtLeast(coveredEngine, ChangeProcess.KEY, 0.9);
  }

  private static final AtomicInteger SERVICES = new AtomicInteger();
  static final String TEMPLATE = "CHG-PATCH";
  static final String OWNER = "cab-owner";
  private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

  @Autowired Changes changes;
  @Autowired ChangeFreezes freezes;
  @Autowired ConfigurationItems cis;
  @Autowired JdbcTemplate jdbc;

  /** Services of this test alone: changes of other tests never conflict with its changes. */
  private String CRITICAL_SERVICE;
  private String MINOR_SERVICE;

  @BeforeEach
  void fixtures() {
    coveredEngine = engine;
    ClockUtil.setCurrentTime(Date.from(START));
    ensureFixtures(jdbc, this);
    CRITICAL_SERVICE = service(jdbc, 1);
    MINOR_SERVICE = service(jdbc, 3);
  }

  static String service(JdbcTemplate jdbc, int criticality) {
    String code = "CHG-T" + SERVICES.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000);
    jdbc.update("INSERT INTO itsm_service (code, name, owner_group, criticality, status, calendar_id) "
        + "VALUES (?, 'Change test service', 'service-owners', ?, 'LIVE', '24x7')", code, criticality);
    return code;
  }

  static void ensureFixtures(JdbcTemplate jdbc, ApplicationTest test) {
    if (jdbc.queryForObject("SELECT count(*) FROM itsm_change_template WHERE code = ?", Integer.class, TEMPLATE) == 0) {
      jdbc.update("INSERT INTO itsm_change_template (code, name, description, service_code, implementation_plan, "
          + "backout_plan, active, updated_at, updated_by) VALUES (?, 'Monthly OS patch', 'Apply the monthly OS patches', "
          + "NULL, 'Patch, reboot, check', 'Uninstall the patches', TRUE, CURRENT_TIMESTAMP, 'test')", TEMPLATE);
    }
    test.user("cab-anna", RoleGroup.CAB.id());
    test.user("cab-ben", RoleGroup.CAB.id());
    test.user(OWNER, RoleGroup.CAB.id(), RoleGroup.SERVICE_OWNERS.id());
    test.user("chg-manager", RoleGroup.CHANGE_MANAGERS.id());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void standardChangeNeedsNoAuthorisationAndUpdatesItsCis() {
    String ci = ci(MINOR_SERVICE);
    ProcessInstance change = rfc("standard", MINOR_SERVICE, 2, true, START.plus(Duration.ofDays(1)), ci,
        Variables.TEMPLATE_CODE, TEMPLATE, Variables.IMPLEMENTATION_PLAN, null, Variables.BACKOUT_PLAN, null);
    String number = change.getBusinessKey();

    assertThat(number).matches("CHG-\\d{6}");
    assertThat(change).isWaitingAt(Elements.AWAIT_START);
    assertThat(record(number).status()).isEqualTo(ChangeStatus.SCHEDULED);
    assertThat(record(number).risk()).isEqualTo("low");
    assertThat(record(number).authority()).isEqualTo("none");
    assertThat(record(number).implementationPlan()).isEqualTo("Patch, reboot, check");
    assertThat(job(Elements.PLANNED_START, change).getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(1))));

    startImplementation(change);
    assertThat(change).task().hasDefinitionKey(Elements.IMPLEMENT).hasCandidateGroup(RoleGroup.SUPPORT_2ND_LEVEL.id());
    assertThat(record(number).status()).isEqualTo(ChangeStatus.IMPLEMENTING);
    complete(task(change), Variables.OUTCOME, Variables.SUCCESS, Variables.NOTES, "Patched, all checks green");

    assertThat(change).isEnded().hasPassed(Elements.CLOSED).hasNotPassed(Elements.REVIEW);
    assertThat(record(number).status()).isEqualTo(ChangeStatus.CLOSED);
    assertThat(record(number).outcome()).isEqualTo("successful");
    assertThat(cis.history(ci)).extracting(CiChange::field, CiChange::newValue)
        .contains(org.assertj.core.groups.Tuple.tuple(ConfigurationItems.IMPLEMENTED_CHANGE,
            number + ": Change under test"));
  }

  @Test
  void lowRiskNormalChangeIsAuthorisedByAChangeManagerAndReviewed() {
    ProcessInstance change = rfc("normal", MINOR_SERVICE, 3, true, START.plus(Duration.ofDays(3)), null);
    String number = change.getBusinessKey();

    assertThat(record(number).risk()).isEqualTo("low");
    assertThat(change).isWaitingAt(Elements.AUTHORISE).task().hasCandidateGroup(RoleGroup.CHANGE_MANAGERS.id());
    assertThat(record(number).status()).isEqualTo(ChangeStatus.AWAITING_AUTHORISATION);
    decide(change, "chg-manager", Variables.APPROVE, "Routine, well prepared");

    assertThat(change).isWaitingAt(Elements.AWAIT_START);
    assertThat(changes.decisions(number)).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo("change-manager");
      assertThat(d.decidedBy()).isEqualTo("chg-manager");
      assertThat(d.decision()).isEqualTo("approve");
      assertThat(d.comment()).isEqualTo("Routine, well prepared");
    });
    implementAndReview(change, Variables.SUCCESS);
    assertThat(change).isEnded().hasPassed(Elements.REVIEW, Elements.CLOSED).hasNotPassed(Elements.RETROSPECTIVE);
    assertThat(changes.review(number).effectiveness()).isEqualTo("effective");
  }

  @Test
  void cabApprovesByMajorityOfVotesCast() {
    ProcessInstance change = rfc("normal", CRITICAL_SERVICE, 2, true, START.plus(Duration.ofDays(3)), null);
    String number = change.getBusinessKey();

    assertThat(record(number).risk()).isEqualTo("medium");
    assertThat(record(number).authority()).isEqualTo("cab");
    List<Task> votes = votes(change);
    assertThat(votes).extracting(Task::getAssignee).contains("cab-anna", "cab-ben", OWNER);
    assertThat(votes.get(0).getDueDate()).isEqualTo(Date.from(START.plus(Duration.ofDays(2))));
    vote(change, Map.of("cab-anna", Variables.APPROVE, "cab-ben", Variables.REJECT, OWNER, Variables.APPROVE));

    assertThat(change).isWaitingAt(Elements.AWAIT_START);
    assertThat(record(number).status()).isEqualTo(ChangeStatus.SCHEDULED);
    assertThat(changes.workLog(number)).extracting(WorkLogEntry::action).contains("cab-invited", "cab-vote", "authorised");
  }

  @Test
  void cabRejectionGoesBackToTheRequesterWhoResubmits() {
    ProcessInstance change = rfc("normal", CRITICAL_SERVICE, 2, false, START.plus(Duration.ofDays(3)), null);
    String number = change.getBusinessKey();
    assertThat(record(number).risk()).isEqualTo("high");

    vote(change, Map.of("cab-anna", Variables.REJECT, "cab-ben", Variables.REJECT, OWNER, Variables.ABSTAIN));

    assertThat(change).isWaitingAt(Elements.REVISE).task().hasCandidateGroup(RoleGroup.CHANGE_MANAGERS.id())
        .hasCandidateUser("requester-1");
    assertThat(record(number).status()).isEqualTo(ChangeStatus.REJECTED);
    complete(task(change), Variables.REVISION, Variables.RESUBMIT, Variables.BACKOUT_TESTED, true,
        Variables.BACKOUT_PLAN, "Restore the snapshot taken before");

    assertThat(record(number).revision()).isEqualTo(2);
    assertThat(record(number).risk()).isEqualTo("medium");
    assertThat(record(number).backoutPlan()).isEqualTo("Restore the snapshot taken before");
    vote(change, Map.of("cab-anna", Variables.APPROVE, "cab-ben", Variables.APPROVE, OWNER, Variables.APPROVE));
    assertThat(change).isWaitingAt(Elements.AWAIT_START);
    assertThat(changes.decisions(number)).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void serviceOwnerVetoesAndTheChangeIsWithdrawn() {
    ProcessInstance change = rfc("normal", CRITICAL_SERVICE, 2, true, START.plus(Duration.ofDays(3)), null,
        Variables.PROBLEM_NUMBER, "PRB-000777");
    String number = change.getBusinessKey();
    ProcessInstance problem = engine.getRuntimeService().startProcessInstanceByKey("change-outcome-probe", "PRB-000777");

    vote(change, Map.of("cab-anna", Variables.APPROVE, "cab-ben", Variables.APPROVE, OWNER, Variables.REJECT));

    assertThat(change).isWaitingAt(Elements.REVISE);
    assertThat(changes.decisions(number)).filteredOn(ChangeDecision::ownerVeto).extracting(ChangeDecision::decidedBy)
        .containsExactly(OWNER);
    complete(task(change), Variables.REVISION, Variables.WITHDRAW, Variables.REASON, "Owner will not accept the risk");

    assertThat(change).isEnded().hasPassed(Elements.WITHDRAWN);
    assertThat(record(number).status()).isEqualTo(ChangeStatus.WITHDRAWN);
    assertThat(problem).isEnded().variables().containsEntry("changeOutcome", "withdrawn");
  }

  @Test
  void undecidedCabEscalatesToTheChangeManagerBeforeThePlannedStart() {
    ProcessInstance change = rfc("normal", CRITICAL_SERVICE, 2, true, START.plus(Duration.ofDays(3)), null);
    String number = change.getBusinessKey();
    Job deadline = job(Elements.CAB_DEADLINE, change);
    assertThat(deadline.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(2))));

    ClockUtil.setCurrentTime(deadline.getDuedate());
    execute(deadline);

    assertThat(change).isWaitingAt(Elements.ESCALATE_CAB).task().hasCandidateGroup(RoleGroup.CHANGE_MANAGERS.id());
    assertThat(votes(change)).isEmpty();
    decide(change, "chg-manager", Variables.APPROVE, "CAB did not meet; approved with the votes in the log");
    assertThat(change).isWaitingAt(Elements.AWAIT_START);
    assertThat(changes.decisions(number)).extracting(ChangeDecision::kind).containsExactly("cab-escalation");
  }

  @Test
  void emergencyChangeStartsOnOneEcabApprovalAndIsAuthorisedAgainAfterwards() {
    freeze(START.minus(Duration.ofHours(1)), START.plus(Duration.ofDays(5)), CRITICAL_SERVICE);
    ProcessInstance change = rfc("emergency", CRITICAL_SERVICE, 1, false, START, null);
    String number = change.getBusinessKey();

    assertThat(record(number).authority()).isEqualTo("ecab");
    assertThat(change).isWaitingAt(Elements.ECAB_APPROVAL).task().hasCandidateGroup(RoleGroup.CAB.id())
        .hasCandidateGroup(RoleGroup.CHANGE_MANAGERS.id());
    Job reminder = job(Elements.ECAB_REMINDER, change);
    ClockUtil.setCurrentTime(reminder.getDuedate());
    execute(reminder);
    assertThat(notifications(number, "ECAB_REMINDER")).isEqualTo(2);
    assertThat(change).isWaitingAt(Elements.ECAB_APPROVAL);

    decide(change, "cab-anna", Variables.APPROVE, "Outage ongoing, go");
    // Freezes do not hold up emergencies; the planned start has come.
    assertThat(change).isWaitingAt(Elements.AWAIT_START);
    execute(job(Elements.PLANNED_START, change));
    complete(task(change), Variables.OUTCOME, Variables.SUCCESS, Variables.NOTES, "Hotfix deployed");

    assertThat(change).isWaitingAt(Elements.RETROSPECTIVE).task().hasCandidateGroup(RoleGroup.CAB.id());
    decide(change, "cab-ben", Variables.APPROVE, "Right call");
    assertThat(change).isWaitingAt(Elements.REVIEW);
    complete(task(change), Variables.EFFECTIVENESS, "effective", Variables.SIDE_EFFECTS, "None",
        Variables.LESSONS, "Keep the hotfix pipeline ready");
    assertThat(change).isEnded().hasPassed(Elements.RETROSPECTIVE, Elements.REVIEW);
    assertThat(changes.decisions(number)).extracting(ChangeDecision::kind).containsExactly("ecab", "retrospective");
  }

  @Test
  void conflictWithAnotherScheduledChangeSendsItBackToRescheduling() {
    Instant start = START.plus(Duration.ofDays(4));
    ProcessInstance first = rfc("normal", MINOR_SERVICE, 3, true, start, null);
    decide(first, "chg-manager", Variables.APPROVE, "Fine");
    assertThat(first).isWaitingAt(Elements.AWAIT_START);

    ProcessInstance second = rfc("normal", MINOR_SERVICE, 3, true, start.plus(Duration.ofMinutes(30)), null);
    decide(second, "chg-manager", Variables.APPROVE, "Fine too");

    String number = second.getBusinessKey();
    assertThat(second).isWaitingAt(Elements.RESCHEDULE).task().hasCandidateGroup(RoleGroup.CHANGE_MANAGERS.id());
    assertThat(record(number).status()).isEqualTo(ChangeStatus.AWAITING_RESCHEDULE);
    assertThat(record(number).scheduleConflicts()).contains(first.getBusinessKey());
    complete(task(second), Variables.PLANNED_START, start.plus(Duration.ofDays(1)).toString(),
        Variables.PLANNED_END, start.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)).toString());

    assertThat(second).isWaitingAt(Elements.AWAIT_START);
    assertThat(job(Elements.PLANNED_START, second).getDuedate()).isEqualTo(Date.from(start.plus(Duration.ofDays(1))));
    assertThat(record(number).status()).isEqualTo(ChangeStatus.SCHEDULED);
  }

  @Test
  void freezeWindowSendsANormalChangeBackToRescheduling() {
    Instant start = START.plus(Duration.ofDays(20));
    freeze(start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(1)), MINOR_SERVICE);
    ProcessInstance change = rfc("normal", MINOR_SERVICE, 3, true, start, null);
    decide(change, "chg-manager", Variables.APPROVE, "Fine");

    assertThat(change).isWaitingAt(Elements.RESCHEDULE);
    assertThat(record(change.getBusinessKey()).scheduleConflicts()).contains("freeze 'Test freeze'");
  }

  @Test
  void failedImplementationIsBackedOutReviewedAndReportedToTheProblem() {
    ProcessInstance problem = engine.getRuntimeService().startProcessInstanceByKey("change-outcome-probe", "PRB-000888");
    ProcessInstance change = rfc("normal", MINOR_SERVICE, 3, true, START.plus(Duration.ofDays(3)), null,
        Variables.PROBLEM_NUMBER, "PRB-000888");
    String number = change.getBusinessKey();
    decide(change, "chg-manager", Variables.APPROVE, "Fix for the problem");
    startImplementation(change);
    complete(task(change), Variables.OUTCOME, Variables.FAILED, Variables.NOTES, "Service did not come back");

    assertThat(change).isWaitingAt(Elements.REMEDIATE).task().hasCandidateGroup(RoleGroup.SUPPORT_2ND_LEVEL.id());
    assertThat(record(number).status()).isEqualTo(ChangeStatus.REMEDIATING);
    assertThat(notifications(number, "CHANGE_FAILED")).isEqualTo(1);
    complete(task(change), Variables.REMEDIATION_NOTES, "Rolled back to the previous version");
    assertThat(change).isWaitingAt(Elements.REVIEW);
    complete(task(change), Variables.EFFECTIVENESS, "not-effective", Variables.SIDE_EFFECTS, "30 minutes outage",
        Variables.LESSONS, "Test in staging first");

    assertThat(change).isEnded().hasPassed(Elements.REMEDIATE, Elements.REVIEW, Elements.CLOSED);
    assertThat(record(number).outcome()).isEqualTo("failed");
    assertThat(problem).isEnded().variables().containsEntry("changeOutcome", "failed")
        .containsEntry("changeNumber", number);
  }

  @Test
  void problemFixRoundTripReportsSuccess() {
    ProcessInstance problem = engine.getRuntimeService().startProcessInstanceByKey("change-outcome-probe", "PRB-000999");
    ProcessInstance change = rfc("normal", MINOR_SERVICE, 3, true, START.plus(Duration.ofDays(3)), null,
        Variables.PROBLEM_NUMBER, "PRB-000999");
    decide(change, "chg-manager", Variables.APPROVE, "Fix for the problem");
    assertThat(problem).isWaitingAt("Event_ChangeCompleted");

    implementAndReview(change, Variables.SUCCESS);

    assertThat(problem).isEnded().variables().containsEntry("changeOutcome", "successful");
  }

  @Test
  void failuresOnTheSameCiRaiseTheRiskOfTheNextChange() {
    String ci = ci(MINOR_SERVICE);
    ProcessInstance failed = rfc("normal", MINOR_SERVICE, 3, true, START.plus(Duration.ofDays(3)), ci);
    decide(failed, "chg-manager", Variables.APPROVE, "Try it");
    startImplementation(failed);
    complete(task(failed), Variables.OUTCOME, Variables.FAILED, Variables.NOTES, "Broke it");
    complete(task(failed), Variables.REMEDIATION_NOTES, "Restored");
    complete(task(failed), Variables.EFFECTIVENESS, "not-effective", Variables.SIDE_EFFECTS, "Outage",
        Variables.LESSONS, "More tests");

    ProcessInstance next = rfc("normal", MINOR_SERVICE, 3, true, START.plus(Duration.ofDays(6)), ci);

    assertThat(record(next.getBusinessKey()).risk()).isEqualTo("high");
    assertThat(record(next.getBusinessKey()).riskReason()).contains("failed");
    assertThat(next).isWaitingAt(Elements.CAB_VOTE);
  }

  @Test
  void withdrawalBeforeImplementationAndWorkNotesGoThroughTheProcess() {
    ProcessInstance change = rfc("normal", MINOR_SERVICE, 3, true, START.plus(Duration.ofDays(3)), null);
    String number = change.getBusinessKey();
    engine.getRuntimeService().createMessageCorrelation(Messages.WORK_NOTE_ADDED).processInstanceBusinessKey(number)
        .setVariable(Variables.NOTE, "Vendor confirmed the window").correlate();
    engine.getRuntimeService().createMessageCorrelation(Messages.WITHDRAWN).processInstanceBusinessKey(number)
        .setVariable(Variables.REASON, "No longer needed").correlate();

    assertThat(change).isEnded().hasPassed(Elements.WITHDRAWN_ON_REQUEST);
    assertThat(changes.workLog(number)).extracting(WorkLogEntry::action, WorkLogEntry::text)
        .contains(org.assertj.core.groups.Tuple.tuple("work-note", "Vendor confirmed the window"),
            org.assertj.core.groups.Tuple.tuple("withdrawn", "No longer needed"));
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ProcessInstance rfc(String category, String service, int impact, boolean backoutTested, Instant start,
      String ci, Object... more) {
    Map<String, Object> variables = new HashMap<>(withVariables(
        Variables.TITLE, "Change under test", Variables.DESCRIPTION, "Upgrade the thing",
        Variables.CATEGORY, category, Variables.SERVICE_CODE, service, Variables.IMPACT, impact,
        Variables.REQUESTED_BY, "requester-1", Variables.IMPLEMENTATION_PLAN, "Upgrade, verify",
        Variables.BACKOUT_PLAN, "Downgrade", Variables.BACKOUT_TESTED, backoutTested,
        Variables.PLANNED_START, Date.from(start), Variables.PLANNED_END, Date.from(start.plus(Duration.ofHours(2))),
        Variables.AFFECTED_CIS, ci));
    for (int i = 0; i < more.length; i += 2) {
      variables.put((String) more[i], more[i + 1]);
    }
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(ChangeProcess.KEY, variables);
    COVERAGE.track(instance.getId());
    return instance;
  }

  private String ci(String service) {
    return cis.create(new CiRequest("server", "Change test server", null, "active", "service-owners", true,
        List.of(service), List.of())).id();
  }

  private void freeze(Instant from, Instant to, String service) {
    freezes.create(new ChangeFreezes.Request("Test freeze", from.toString(), to.toString(), service, "Testing"));
  }

  private Change record(String number) {
    return changes.get(number);
  }

  private List<Task> votes(ProcessInstance change) {
    return engine.getTaskService().createTaskQuery().processInstanceId(change.getId())
        .taskDefinitionKey(Elements.CAB_VOTE).list();
  }

  /** Every open vote: the given members' votes, abstain for CAB members other tests created. */
  private void vote(ProcessInstance change, Map<String, String> byMember) {
    for (Task vote : votes(change)) {
      String decision = byMember.getOrDefault(vote.getAssignee(), Variables.ABSTAIN);
      engine.getTaskService().complete(vote.getId(), withVariables(Variables.VOTE, decision,
          Variables.COMMENT, vote.getAssignee() + " says " + decision));
    }
  }

  private void decide(ProcessInstance change, String user, String decision, String comment) {
    Task task = task(change);
    engine.getTaskService().claim(task.getId(), user);
    engine.getTaskService().complete(task.getId(), withVariables(Variables.AUTHORISATION, decision,
        Variables.COMMENT, comment));
  }

  private void startImplementation(ProcessInstance change) {
    Job timer = job(Elements.PLANNED_START, change);
    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
  }

  private void implementAndReview(ProcessInstance change, String outcome) {
    startImplementation(change);
    complete(task(change), Variables.OUTCOME, outcome, Variables.NOTES, "Done as planned");
    assertThat(change).isWaitingAt(Elements.REVIEW);
    complete(task(change), Variables.EFFECTIVENESS, "effective", Variables.SIDE_EFFECTS, "None",
        Variables.LESSONS, "Nothing new");
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
