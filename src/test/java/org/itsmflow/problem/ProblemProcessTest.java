package org.itsmflow.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.change.ChangeProcess;
import org.itsmflow.incident.IncidentProcess;
import org.itsmflow.incident.IncidentStatus;
import org.itsmflow.incident.Incidents;
import org.itsmflow.ports.ProblemPort;
import org.itsmflow.problem.ProblemProcess.Elements;
import org.itsmflow.problem.ProblemProcess.Messages;
import org.itsmflow.problem.ProblemProcess.Variables;
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
 * problem-management and problem-detection, path by path, against real incident and change
 * records; timers by moving the engine clock. The class fails when its paths pass less than
 * 90 % of either model's flow nodes.
 */
@Iso20000("8.6.3")
class ProblemProcessTest extends ApplicationTest {

  private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage();
  private static final FlowNodeCoverage DETECTION_COVERAGE = new FlowNodeCoverage();
  private static ProcessEngine coveredEngine;

  @AfterAll
  static void mostOfTheModelsAreTested() {
    COVERAGE.assertAtLeast(coveredEngine, ProblemProcess.KEY, 0.9);
    DETECTION_COVERAGE.assertAtLeast(coveredEngine, ProblemProcess.DETECTION_KEY, 0.9);
  }

  /** Far from the other tests' clocks: their incidents are outside every trend window here. */
  static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
  static final String MANAGER = "prb-manager";
  static final String AGENT = "prb-agent";

  @Autowired Problems problems;
  @Autowired KnownErrors knownErrors;
  @Autowired Incidents incidents;
  @Autowired ProblemPort problemLinks;
  @Autowired ConfigurationItems cis;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProblemProperties properties;
  @Autowired ProblemDetectionScheduleApplier scheduleApplier;

  private String service;
  private String ci;

  @BeforeEach
  void fixtures() {
    coveredEngine = engine;
    ClockUtil.setCurrentTime(Date.from(START));
    user(MANAGER, RoleGroup.PROBLEM_MANAGERS.id(), RoleGroup.CHANGE_MANAGERS.id());
    user(AGENT, RoleGroup.SERVICE_DESK.id());
    service = service(jdbc, 3);
    ci = ci(cis, service);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static String service(JdbcTemplate jdbc, int criticality) {
    return Fixtures.service(jdbc, criticality);
  }

  static String ci(ConfigurationItems cis, String service) {
    return Fixtures.ci(cis, service);
  }

  @Test
  void manualProblemGetsAKnownErrorAFixByChangeAndClosesAfterVerification() {
    ProcessInstance incident = incident(ci);
    ProcessInstance problem = raise(Variables.INCIDENTS, incident.getBusinessKey());
    String number = problem.getBusinessKey();

    assertThat(number).matches("PRB-\\d{6}");
    assertThat(problem).isWaitingAt(Elements.CATEGORISE).task().hasCandidateGroup(RoleGroup.PROBLEM_MANAGERS.id());
    assertThat(record(number).status()).isEqualTo(ProblemStatus.LOGGED);
    assertThat(record(number).source()).isEqualTo(ProblemSource.INCIDENT);
    assertThat(problems.affectedCis(number)).containsExactly(ci);
    assertThat(incidents.workLog(incident.getBusinessKey())).anySatisfy(e -> assertThat(e.text()).contains(number));

    categorise(problem, 3, 1);
    assertThat(record(number).priority()).isEqualTo(3);
    assertThat(record(number).targetAt()).isEqualTo(START.plus(Duration.ofDays(30)));
    assertThat(problem).isWaitingAt(Elements.INVESTIGATE).task().hasDueDate(Date.from(START.plus(Duration.ofDays(30))));

    correlate(number, Messages.RCA_SUBMITTED, Variables.RCA_METHOD, "five-whys", Variables.FINDINGS,
        "Queue fills at 09:00 every day", Variables.ROOT_CAUSE, "Log rotation blocks the queue",
        Variables.CAUSE_CATEGORY, "configuration");
    correlate(number, Messages.WORKAROUND_FOUND, Variables.WORKAROUND, "Restart the queue service");
    KnownError ke = knownErrors.forProblem(number).orElseThrow();
    assertThat(ke.number()).matches("KE-\\d{6}");
    assertThat(ke.cause()).isEqualTo("Log rotation blocks the queue");
    assertThat(ke.workaround()).isEqualTo("Restart the queue service");
    assertThat(ke.ciIds()).containsExactly(ci);
    assertThat(problemLinks.knownErrors("OTHER", ci)).extracting(ProblemPort.KnownErrorMatch::number)
        .contains(ke.number());
    assertThat(problems.analyses(number)).singleElement().satisfies(a -> assertThat(a.method()).isEqualTo("five-whys"));
    assertThat(problem).isWaitingAt(Elements.INVESTIGATE);

    // An incident on the CI reported now shows the known error on its form (read from the records when it opens).
    ProcessInstance later = incident(ci);
    String investigation = engine.getTaskService().createTaskQuery().processInstanceId(later.getId()).singleResult()
        .getId();
    JsonNode form = as(user("prb-desk-agent", RoleGroup.SERVICE_DESK.id(), RoleGroup.SUPPORT_2ND_LEVEL.id()))
        .getForObject("/engine-rest/task/" + investigation + "/form-variables", JsonNode.class);
    assertThat(form.path(IncidentProcess.Variables.KNOWN_ERRORS).path("value").asText())
        .contains(ke.number()).contains("Restart the queue service");

    Instant changeStart = START.plus(Duration.ofDays(2));
    complete(task(problem), Variables.NEXT, Variables.CHANGE, Variables.CHANGE_CATEGORY, "normal",
        Variables.IMPLEMENTATION_PLAN, "Move rotation to 03:00", Variables.BACKOUT_PLAN, "Restore the old cron",
        Variables.BACKOUT_TESTED, true, Variables.PLANNED_START, changeStart.toString(),
        Variables.PLANNED_END, changeStart.plus(Duration.ofHours(1)).toString());
    assertThat(problem).isWaitingAt(Elements.FIX_CHANGE_COMPLETED);
    String change = record(number).fixChange();
    assertThat(change).matches("CHG-\\d{6}");
    assertThat(record(number).status()).isEqualTo(ProblemStatus.AWAITING_FIX);
    assertThat(engine.getRuntimeService().getVariable(problem.getId(), Variables.IMPLEMENTATION_PLAN)).isNull();

    ProcessInstance fix = implementChange(change);
    // The fix is live once implemented: verification starts before the change's own review.
    assertThat(problem).isWaitingAt(Elements.VERIFICATION_ENDED);
    assertThat(record(number).fixedAt()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
    assertThat(fix).isWaitingAt(ChangeProcess.Elements.REVIEW);
    reviewChange(fix);
    assertThat(problem).isWaitingAt(Elements.VERIFICATION_ENDED);
    Job verification = job(Elements.VERIFICATION_ENDED, problem);
    assertThat(verification.getDuedate()).isEqualTo(Date.from(record(number).fixedAt().plus(Duration.ofDays(14))));
    assertThat(record(number).status()).isEqualTo(ProblemStatus.VERIFYING);

    ClockUtil.setCurrentTime(verification.getDuedate());
    execute(verification);

    assertThat(problem).isEnded().hasPassed(Elements.CLOSED);
    assertThat(record(number).status()).isEqualTo(ProblemStatus.CLOSED);
    assertThat(record(number).closureCode()).isEqualTo("fixed");
    assertThat(knownErrors.get(ke.number()).status()).isEqualTo("resolved");
    assertThat(problemLinks.knownErrors("OTHER", ci)).extracting(ProblemPort.KnownErrorMatch::number)
        .doesNotContain(ke.number());
    // The incident that waited on the problem is resolved with the fix; its desk tells the reporter.
    assertThat(incidents.get(incident.getBusinessKey()).status()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(incidents.get(incident.getBusinessKey()).resolution()).contains(number).contains(change);
    assertThat(notifications(incident.getBusinessKey(), "REPORTER_UPDATE")).isEqualTo(1);
  }

  @Test
  void failedFixChangeReturnsTheProblemToInvestigation() {
    ProcessInstance problem = acceptedProblem();
    String number = problem.getBusinessKey();
    Instant target = record(number).targetAt();
    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(2))));
    requestChange(problem);
    String change = record(number).fixChange();

    fixOutcome(number, change, "failed");

    assertThat(problem).isWaitingAt(Elements.INVESTIGATE);
    assertThat(record(number).status()).isEqualTo(ProblemStatus.INVESTIGATING);
    assertThat(record(number).targetAt()).as("a failed fix grants no new target").isEqualTo(target);
    assertThat(notifications(number, "PROBLEM_FIX_FAILED")).isEqualTo(1);
    // A withdrawn change too; a message for a change the problem no longer waits on changes nothing.
    requestChange(problem);
    fixOutcome(number, record(number).fixChange(), "withdrawn");
    assertThat(problem).isWaitingAt(Elements.INVESTIGATE);
    fixOutcome(number, change, "successful");
    assertThat(problem).isWaitingAt(Elements.INVESTIGATE);
  }

  @Test
  void recurringIncidentsAfterTheFixReopenTheInvestigation() {
    ProcessInstance problem = acceptedProblem();
    String number = problem.getBusinessKey();
    complete(task(problem), Variables.NEXT, Variables.FIXED, Variables.ROOT_CAUSE, "Faulty firmware",
        Variables.CAUSE_CATEGORY, "hardware", Variables.NOTES, "Vendor pushed firmware 2.1");
    assertThat(problem).isWaitingAt(Elements.VERIFICATION_ENDED);
    assertThat(record(number).fixNotes()).isEqualTo("Vendor pushed firmware 2.1");

    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(3))));
    ProcessInstance recurring = incident(ci);
    Job verification = job(Elements.VERIFICATION_ENDED, problem);
    ClockUtil.setCurrentTime(verification.getDuedate());
    execute(verification);

    assertThat(problem).isWaitingAt(Elements.INVESTIGATE);
    assertThat(record(number).status()).isEqualTo(ProblemStatus.INVESTIGATING);
    assertThat(record(number).fixedAt()).isNull();
    assertThat(problems.incidents(number)).extracting(LinkedIncident::number).contains(recurring.getBusinessKey());
    assertThat(notifications(number, "PROBLEM_RECURRED")).isEqualTo(1);
  }

  @Test
  void closingWithoutAFixKeepsTheKnownErrorActive() {
    ProcessInstance problem = acceptedProblem();
    String number = problem.getBusinessKey();
    complete(task(problem), Variables.NEXT, Variables.CLOSE, Variables.ROOT_CAUSE, "Legacy client bug",
        Variables.CAUSE_CATEGORY, "software", Variables.WORKAROUND, "Use the web client",
        Variables.CLOSURE_CODE, "known-error-accepted", Variables.NOTES, "Client retires in June");

    assertThat(problem).isEnded().hasPassed(Elements.CLOSED).hasNotPassed(Elements.VERIFICATION_ENDED);
    assertThat(record(number).closureCode()).isEqualTo("known-error-accepted");
    assertThat(knownErrors.forProblem(number).orElseThrow().status()).isEqualTo("active");
    assertThat(knownErrors.search("web client", null, service, null, 0, 10)).extracting(KnownError::problemNumber)
        .containsExactly(number);
  }

  @Test
  void aFixNeedsAKnownRootCause() {
    ProcessInstance problem = acceptedProblem();

    assertThatThrownBy(() -> complete(task(problem), Variables.NEXT, Variables.FIXED, Variables.NOTES, "Done"))
        .hasMessageContaining("rootCause");
    assertThat(problem).isWaitingAt(Elements.INVESTIGATE);
  }

  @Test
  void aProblemPastItsTargetIsEscalatedOnce() {
    ProcessInstance problem = raise();
    categorise(problem, 1, 1);
    String number = problem.getBusinessKey();
    assertThat(record(number).priority()).isEqualTo(1);
    assertThat(record(number).escalationGroup()).isEqualTo(RoleGroup.PROCESS_OWNERS.id());

    Job target = job(Elements.TARGET_PASSED, problem);
    assertThat(target.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(7))));
    ClockUtil.setCurrentTime(target.getDuedate());
    execute(target);

    assertThat(problem).hasPassed(Elements.ESCALATED).isWaitingAt(Elements.INVESTIGATE);
    assertThat(record(number).escalatedAt()).isNotNull();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_notification WHERE record_ref = ? AND kind = ? "
        + "AND recipient_group = ?", Integer.class, number, "PROBLEM_OVERDUE", RoleGroup.PROCESS_OWNERS.id()))
        .isEqualTo(1);
  }

  @Test
  void aRejectedCandidateEndsWithItsReason() {
    ProcessInstance problem = raise();
    complete(task(problem), Variables.DECISION, Variables.REJECT, Variables.REASON, "User error, not a problem");

    assertThat(problem).isEnded().hasPassed(Elements.REJECTED);
    assertThat(record(problem.getBusinessKey()).status()).isEqualTo(ProblemStatus.REJECTED);
    assertThat(record(problem.getBusinessKey()).closureNotes()).isEqualTo("User error, not a problem");
  }

  @Test
  void workNotesAndIncidentLinksArriveByMessage() {
    ProcessInstance problem = acceptedProblem();
    String number = problem.getBusinessKey();
    ProcessInstance incident = incident(ci);

    correlate(number, Messages.WORK_NOTE_ADDED, Variables.NOTE, "Vendor ticket 4711 opened");
    correlate(number, Messages.INCIDENT_LINKED, Variables.INCIDENT, incident.getBusinessKey());

    assertThat(problems.workLog(number)).anySatisfy(e -> assertThat(e.text()).isEqualTo("Vendor ticket 4711 opened"));
    assertThat(problems.incidents(number)).extracting(LinkedIncident::number).contains(incident.getBusinessKey());
    assertThat(problemLinks.problemOf(incident.getBusinessKey())).isEqualTo(number);
    assertThat(engine.getRuntimeService().getVariable(problem.getId(), Variables.INCIDENT_COUNT)).isEqualTo(1);
    // One open problem per incident.
    ProcessInstance other = raise();
    assertThatThrownBy(() -> correlate(other.getBusinessKey(), Messages.INCIDENT_LINKED, Variables.INCIDENT,
        incident.getBusinessKey())).hasMessageContaining("linked to " + number);
  }

  @Test
  void incidentTrendsRaiseOneCandidatePerCiAndNeverTwice() {
    String trendCi = ci(cis, service);
    for (int i = 0; i < 4; i++) {
      incident(trendCi);
    }
    assertThat(detect()).contains(Elements.NO_NEW_TRENDS).doesNotContain(Elements.CANDIDATES_RAISED);
    assertThat(problemsOnCi(trendCi)).isEmpty();

    incident(trendCi);
    assertThat(detect()).contains(Elements.CANDIDATES_RAISED);
    List<Problem> raised = problemsOnCi(trendCi);
    assertThat(raised).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo(ProblemSource.TREND);
      assertThat(p.trendKey()).isEqualTo("ci:" + trendCi);
      assertThat(p.raisedBy()).isEqualTo("system");
      assertThat(problems.incidents(p.number())).hasSize(5);
    });
    String candidate = raised.get(0).number();
    assertThat(notifications(candidate, "PROBLEM_CANDIDATE")).isEqualTo(1);
    ProcessInstance candidateInstance = instance(candidate);
    assertThat(candidateInstance).isWaitingAt(Elements.CATEGORISE);

    // Never twice: not while the problem is open, and a rejected candidate keeps its incidents.
    incident(trendCi);
    detect();
    assertThat(problemsOnCi(trendCi)).hasSize(1);
    complete(task(candidateInstance), Variables.DECISION, Variables.REJECT, Variables.REASON, "Planned maintenance");
    detect();
    assertThat(problemsOnCi(trendCi)).hasSize(1);
  }

  @Test
  void aServiceTrendCountsIncidentsWithoutACi() {
    String critical = service(jdbc, 1);
    for (int i = 0; i < 5; i++) {
      incident(critical, null);
    }
    detect();

    List<Problem> raised = problems.find(null, critical, null, null, 0, 10);
    assertThat(raised).singleElement().satisfies(p -> assertThat(p.trendKey()).isEqualTo("service:" + critical));
  }

  /**
   * Found by the benchmark's timer storm (500 open incidents on one service): the candidate's
   * incidents and the list its form shows were each one text variable, longer than the engine
   * keeps, so every detection run failed.
   */
  @Test
  void aTrendOfHundredsOfIncidentsRaisesItsCandidate() {
    String trendCi = ci(cis, service);
    java.sql.Timestamp reported = java.sql.Timestamp.from(START.minus(Duration.ofHours(1)));
    List<Object[]> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      // Numbers far above those the tests' incidents are given.
      rows.add(new Object[] {"INC-%06d".formatted(900_000 + i), "Disk full " + i, "Volume at 100 %", service, trendCi,
          reported});
    }
    jdbc.batchUpdate("INSERT INTO itsm_incident (number, title, description, service_code, ci_id, impact, urgency, "
        + "priority, status, assignment_group, major, reported_by, channel, created_at) "
        + "VALUES (?, ?, ?, ?, ?, 3, 3, 5, 'NEW', 'service-desk', FALSE, 'monitoring', 'monitoring', ?)", rows);

    assertThat(detect()).contains(Elements.CANDIDATES_RAISED);

    Problem candidate = problemsOnCi(trendCi).get(0);
    assertThat(problems.incidents(candidate.number())).hasSize(400);
    ProcessInstance instance = instance(candidate.number());
    assertThat(instance).isWaitingAt(Elements.CATEGORISE);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Variables.INCIDENT_COUNT)).isEqualTo(400);
    // The categorisation form lists them, shortened, from the records when it opens.
    JsonNode form = as(user("prb-categoriser", RoleGroup.PROBLEM_MANAGERS.id()))
        .getForObject("/engine-rest/task/" + task(instance).getId() + "/form-variables", JsonNode.class);
    assertThat(form.path(Variables.INCIDENT_LIST).path("value").asText())
        .hasSizeLessThanOrEqualTo(4000).startsWith("INC-900000 (").endsWith(" more");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Variables.INCIDENT_LIST)).isNull();
  }

  @Test
  void aMajorIncidentReviewRaisesAProblemForItsCause() {
    ProcessInstance incident = incident(ci);
    String number = problemLinks.raiseFromReview(incident.getBusinessKey(), "Disk controller firmware");

    Problem p = record(number);
    assertThat(p.source()).isEqualTo(ProblemSource.MAJOR_INCIDENT_REVIEW);
    assertThat(p.description()).contains("Disk controller firmware");
    assertThat(problems.incidents(number)).extracting(LinkedIncident::number).containsExactly(incident.getBusinessKey());
    COVERAGE.track(instance(number).getId());
    // A second review of the same incident finds the open problem.
    assertThat(problemLinks.raiseFromReview(incident.getBusinessKey(), "again")).isEqualTo(number);
  }

  @Test
  void theDetectionScheduleFollowsTheConfigurationWithoutARedeployment() {
    Job timer = detectionTimer();
    String configured = ((org.camunda.bpm.engine.impl.persistence.entity.TimerEntity) timer).getRepeat();
    assertThat(configured).isEqualTo(properties.detectionCycle());
    assertThat(scheduleApplier.apply()).as("nothing to do while the timer matches").isFalse();

    // As if the model had been deployed under another cycle.
    jdbc.update("UPDATE ACT_RU_JOB SET REPEAT_ = ?, DUEDATE_ = ? WHERE ID_ = ?", "R/PT7H",
        Date.from(START.plus(Duration.ofDays(300))), timer.getId());
    assertThat(scheduleApplier.apply()).isTrue();

    Job applied = detectionTimer();
    assertThat(((org.camunda.bpm.engine.impl.persistence.entity.TimerEntity) applied).getRepeat()).isEqualTo(configured);
    assertThat(applied.getDuedate()).isBefore(Date.from(START.plus(Duration.ofHours(2))));
  }

  @Test
  void aReportWithAnUnknownServiceCreatesNothing() {
    int before = jdbc.queryForObject("SELECT count(*) FROM itsm_problem", Integer.class);

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(ProblemProcess.KEY,
        withVariables(Variables.TITLE, "x", Variables.DESCRIPTION, "y", Variables.SERVICE_CODE, "NO-SUCH")))
        .hasMessageContaining("serviceCode");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_problem", Integer.class)).isEqualTo(before);
  }

  // --- helpers

  private ProcessInstance raise(Object... more) {
    Map<String, Object> variables = new HashMap<>(withVariables(Variables.TITLE, "Mail queue stalls",
        Variables.DESCRIPTION, "Outgoing mail stops every morning", Variables.SERVICE_CODE, service,
        Variables.AFFECTED_CIS, ci, Variables.RAISED_BY, AGENT));
    for (int i = 0; i < more.length; i += 2) {
      variables.put((String) more[i], more[i + 1]);
    }
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(ProblemProcess.KEY, variables);
    COVERAGE.track(instance.getId());
    return instance;
  }

  private ProcessInstance acceptedProblem() {
    ProcessInstance problem = raise();
    categorise(problem, 2, 2);
    return problem;
  }

  private void categorise(ProcessInstance problem, int impact, int urgency) {
    complete(task(problem), Variables.DECISION, Variables.ACCEPT, Variables.CATEGORY, "mail delivery",
        Variables.IMPACT, impact, Variables.URGENCY, urgency);
  }

  private void requestChange(ProcessInstance problem) {
    Instant start = Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()).plus(Duration.ofDays(5));
    complete(task(problem), Variables.NEXT, Variables.CHANGE, Variables.ROOT_CAUSE, "Memory leak",
        Variables.CAUSE_CATEGORY, "software", Variables.IMPLEMENTATION_PLAN, "Deploy 2.2",
        Variables.BACKOUT_PLAN, "Redeploy 2.1", Variables.BACKOUT_TESTED, true,
        Variables.PLANNED_START, Date.from(start), Variables.PLANNED_END, Date.from(start.plus(Duration.ofHours(1))));
    assertThat(problem).isWaitingAt(Elements.FIX_CHANGE_COMPLETED);
  }

  private void fixOutcome(String number, String change, String outcome) {
    engine.getRuntimeService().createMessageCorrelation(Messages.FIX_CHANGE_COMPLETED)
        .processInstanceBusinessKey(number).setVariable(Variables.CHANGE_NUMBER, change)
        .setVariable(Variables.CHANGE_OUTCOME, outcome).correlateAllWithResult();
  }

  /** The change manager authorises the low-risk change, it is implemented at its start and reviewed. */
  /** Authorised, started at its planned start and implemented successfully; its review is open. */
  private ProcessInstance implementChange(String change) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(change).singleResult();
    assertThat(instance).isWaitingAt(ChangeProcess.Elements.AUTHORISE);
    complete(task(instance), ChangeProcess.Variables.AUTHORISATION, ChangeProcess.Variables.APPROVE,
        ChangeProcess.Variables.COMMENT, "Fixes PRB");
    Job start = job(ChangeProcess.Elements.PLANNED_START, instance);
    ClockUtil.setCurrentTime(start.getDuedate());
    execute(start);
    ClockUtil.setCurrentTime(Date.from(start.getDuedate().toInstant().plus(Duration.ofMinutes(40))));
    complete(task(instance), ChangeProcess.Variables.OUTCOME, ChangeProcess.Variables.SUCCESS,
        ChangeProcess.Variables.NOTES, "Rotation moved");
    return instance;
  }

  private void reviewChange(ProcessInstance instance) {
    complete(task(instance), ChangeProcess.Variables.EFFECTIVENESS, "effective",
        ChangeProcess.Variables.SIDE_EFFECTS, "None", ChangeProcess.Variables.LESSONS, "Check cron overlaps");
    assertThat(instance).isEnded();
  }

  private ProcessInstance incident(String ciId) {
    return incident(service, ciId);
  }

  private ProcessInstance incident(String serviceCode, String ciId) {
    return engine.getRuntimeService().startProcessInstanceByKey(IncidentProcess.KEY, withVariables(
        IncidentProcess.Variables.TITLE, "Mail stuck", IncidentProcess.Variables.DESCRIPTION, "Outbox full",
        IncidentProcess.Variables.SERVICE_CODE, serviceCode, IncidentProcess.Variables.CI_ID, ciId,
        IncidentProcess.Variables.IMPACT, 3, IncidentProcess.Variables.URGENCY, 3,
        IncidentProcess.Variables.REPORTED_BY, "caller-9"));
  }

  /** Runs problem-detection as its timer would (the start event's job); returns the elements the run passed. */
  private List<String> detect() {
    Job timer = detectionTimer();
    assertThat(timer).as("the detection schedule's timer").isNotNull();
    List<String> before = detectionRuns();
    engine.getManagementService().executeJob(timer.getId());
    List<String> runs = new java.util.ArrayList<>(detectionRuns());
    runs.removeAll(before);
    assertThat(runs).hasSize(1);
    String run = runs.get(0);
    DETECTION_COVERAGE.track(run);
    engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ProblemProcess.KEY)
        .superProcessInstanceId(null).list().stream()
        .filter(p -> p.getStartTime().getTime() >= ClockUtil.getCurrentTime().getTime() - 1000)
        .forEach(p -> COVERAGE.track(p.getId()));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(run).singleResult()
        .getEndTime()).as("detection ends in the run").isNotNull();
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(run).list().stream()
        .map(a -> a.getActivityId()).toList();
  }

  private Job detectionTimer() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProblemProcess.DETECTION_KEY).latestVersion().singleResult().getId();
    return engine.getManagementService().createJobQuery().processDefinitionId(definition).timers().singleResult();
  }

  private List<String> detectionRuns() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProblemProcess.DETECTION_KEY).list().stream().map(h -> h.getId()).toList();
  }

  private ProcessInstance instance(String number) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(ProblemProcess.KEY).singleResult();
  }

  private List<Problem> problemsOnCi(String ciId) {
    return problems.find(null, null, ciId, null, 0, 20);
  }

  private Problem record(String number) {
    return problems.get(number);
  }

  private void correlate(String number, String message, Object... variables) {
    engine.getRuntimeService().createMessageCorrelation(message).processInstanceBusinessKey(number)
        .setVariables(map(variables)).correlate();
  }

  private void complete(Task task, Object... variables) {
    engine.getTaskService().complete(task.getId(), map(variables));
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }

  private int notifications(String number, String kind) {
    return jdbc.queryForObject("SELECT count(*) FROM itsm_notification WHERE record_ref = ? AND kind = ?",
        Integer.class, number, kind);
  }
}
