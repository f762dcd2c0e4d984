package org.itsmflow.incident;

import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.itsmflow.incident.IncidentProcess.Elements;
import org.itsmflow.incident.IncidentProcess.Messages;
import org.itsmflow.incident.IncidentProcess.Variables;
import org.itsmflow.platform.AuditHistoryLevel;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.sla.SlaDeadline;
import org.itsmflow.sla.SlaStatus;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.FlowNodeCoverage;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.SlaTimers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * incident-management, path by path; timers by moving the engine clock. The class fails when
 * its paths pass less than 90 % of the model's flow nodes; process test coverage writes the
 * report with sequence flows to target/process-test-coverage.
 */
@Iso20000("8.6.1")
class IncidentProcessTest extends ApplicationTest {

  private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage();
  private static ProcessEngine coveredEngine;

  @AfterAll
  static void mostOfTheModelIsTested() {
    COVERAGE.assertAtLeast(coveredEngine, IncidentProcess.KEY, 0.9);
  }

  static final String SERVICE = "INC-TEST";
  private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

  @Autowired Incidents incidents;
  @Autowired org.itsmflow.sla.SlaClocks slaClocks;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void service() {
    coveredEngine = engine;
    ClockUtil.setCurrentTime(Date.from(START));
    ensureService(jdbc);
  }

  static void ensureService(JdbcTemplate jdbc) {
    if (jdbc.queryForObject("SELECT count(*) FROM itsm_service WHERE code = ?", Integer.class, SERVICE) == 0) {
      jdbc.update("INSERT INTO itsm_service (code, name, owner_group, criticality, status, calendar_id) "
          + "VALUES (?, 'Incident test service', 'service-owners', 2, 'LIVE', '24x7')", SERVICE);
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void happyPathFromReportToConfirmedClosure() {
    ProcessInstance incident = report(2, 2, null, false);
    String number = incident.getBusinessKey();

    assertThat(number).matches("INC-\\d{6}");
    assertThat(incident).isWaitingAt(Elements.INVESTIGATE).task().hasCandidateGroup(RoleGroup.SERVICE_DESK.id());
    assertThat(task(incident).getDueDate()).isEqualTo(Date.from(START.plus(Duration.ofMinutes(1440))));
    Incident recorded = incidents.get(number);
    assertThat(recorded.priority()).isEqualTo(3);
    assertThat(recorded.status()).isEqualTo(IncidentStatus.NEW);
    assertThat(deadlines(incident)).as("timers of the incident's own process, no sla-clock instances")
        .containsExactlyEntriesOf(plan(45, 60, 1080, 1440));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isOne();

    engine.getTaskService().claim(task(incident).getId(), "agent-1");
    assertThat(incidents.get(number).status()).isEqualTo(IncidentStatus.IN_PROGRESS);
    assertThat(state(number, "response")).isEqualTo("met");
    assertThat(deadlines(incident)).as("the response target is met: its timers wait for nothing")
        .containsExactlyEntriesOf(plan(null, null, 1080, 1440));

    complete(task(incident), withVariables(Variables.OUTCOME, Variables.OUTCOME_RESOLVE,
        Variables.RESOLUTION_CODE, "fixed", Variables.RESOLUTION, "Restarted the mail queue"));

    assertThat(incident).isWaitingAt(Elements.AWAIT_CONFIRMATION);
    assertThat(incidents.get(number).status()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(state(number, "resolution")).as("paused while awaiting confirmation").isEqualTo("paused");
    assertThat(deadlines(incident)).as("the investigation ended, and its timers with it").isEmpty();

    correlate(number, Messages.CONFIRMED);

    assertThat(incident).isEnded().hasPassed(Elements.CLOSED);
    assertThat(incidents.get(number).status()).isEqualTo(IncidentStatus.CLOSED);
    assertThat(state(number, "resolution")).isEqualTo("met");
    assertThat(incidents.workLog(number)).extracting(WorkLogEntry::action)
        .containsSubsequence("recorded", "classified", "responded", "resolved", "closed");
    // The audit history: who worked which task, every activity and decision, no value changes or job log.
    HistoryService history = engine.getHistoryService();
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel())
        .isInstanceOf(AuditHistoryLevel.class);
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(incident.getId())
        .taskDefinitionKey(Elements.INVESTIGATE).singleResult().getAssignee()).isEqualTo("agent-1");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(incident.getId())
        .activityId(Elements.CLOSED).count()).isOne();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(incident.getId())
        .activityId(Elements.INVESTIGATE).finished().count()).isOne();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(incident.getId()).list())
        .as("no gateway's passing: the step after it shows the way taken")
        .extracting(HistoricActivityInstance::getActivityType).isNotEmpty()
        .doesNotContain("exclusiveGateway", "parallelGateway", "eventBasedGateway");
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(incident.getId()).count())
        .isGreaterThanOrEqualTo(3);
    assertThat(history.createHistoricDetailQuery().processInstanceId(incident.getId()).count()).isZero();
    assertThat(history.createHistoricJobLogQuery().processInstanceId(incident.getId()).count()).isZero();
  }

  @Test
  void networkIncidentsGoStraightToSecondLevel() {
    ProcessInstance incident = report(3, 3, "network", false);

    assertThat(incident).task().hasCandidateGroup(RoleGroup.SUPPORT_2ND_LEVEL.id());
    assertThat(incidents.get(incident.getBusinessKey()).priority()).isEqualTo(5);
  }

  @Test
  void clockChangesInsideOneEngineCommandMoveTheTimersOnceToTheLastPlan() {
    ProcessInstance incident = report(2, 2, null, false);
    String number = incident.getBusinessKey();
    CommandExecutor commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();

    Map<SlaDeadline, Instant> seenInside = commands.execute(command -> {
      slaClocks.pause(number);
      Map<SlaDeadline, Instant> before = deadlines(incident);
      ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofHours(5))));
      slaClocks.resume(number);
      return before;
    });

    assertThat(seenInside).as("inside the command the timers wait for its end")
        .containsExactlyEntriesOf(plan(45, 60, 1080, 1440));
    assertThat(deadlines(incident)).as("the last plan: paused five hours, then resumed")
        .containsExactlyEntriesOf(plan(345, 360, 1380, 1740));

    commands.execute(command -> {
      slaClocks.pause(number);
      return null;
    });
    assertThat(deadlines(incident)).containsExactlyEntriesOf(plan(null, null, null, null));
    slaClocks.resume(number);
    assertThat(deadlines(incident)).as("outside a command: moved at once")
        .containsExactlyEntriesOf(plan(345, 360, 1380, 1740));
  }

  @Test
  void holdPausesAndResumeRestartsTheSlaClock() {
    ProcessInstance incident = report(2, 2, null, false);
    String number = incident.getBusinessKey();

    correlate(number, Messages.PUT_ON_HOLD, Variables.REASON, "Waiting for the customer's log files");

    assertThat(incidents.get(number).status()).isEqualTo(IncidentStatus.ON_HOLD);
    assertThat(state(number, "resolution")).isEqualTo("paused");
    assertThat(state(number, "response")).as("putting on hold is a response").isEqualTo("met");
    assertThat(incident).isWaitingAt(Elements.INVESTIGATE, Elements.AWAIT_RESUME);
    assertThat(deadlines(incident)).as("on hold, no deadline falls due").containsExactlyEntriesOf(plan(null, null, null, null));

    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofHours(5))));
    correlate(number, Messages.RESUMED);
    assertThat(deadlines(incident)).as("five hours later").containsExactlyEntriesOf(plan(null, null, 1380, 1740));

    assertThat(incidents.get(number).status()).isEqualTo(IncidentStatus.IN_PROGRESS);
    assertThat(slaStatus(number, "resolution").dueAt()).isEqualTo(START.plus(Duration.ofMinutes(1440 + 300)));
    assertThat(incident).isWaitingAt(Elements.INVESTIGATE);
    assertThat(task(incident).getDueDate()).as("the task follows the SLA")
        .isEqualTo(Date.from(START.plus(Duration.ofMinutes(1440 + 300))));
  }

  @Test
  void agentEscalatesToSecondLevel() {
    ProcessInstance incident = report(2, 2, null, false);

    complete(task(incident), withVariables(Variables.OUTCOME, Variables.OUTCOME_ESCALATE, Variables.REASON,
        "Needs database access"));

    assertThat(incident).isWaitingAt(Elements.INVESTIGATE).task().hasCandidateGroup(RoleGroup.SUPPORT_2ND_LEVEL.id());
    assertThat(incidents.get(incident.getBusinessKey()).assignmentGroup()).isEqualTo(RoleGroup.SUPPORT_2ND_LEVEL.id());
    // 2nd level's form opens with nothing chosen: the desk's "escalate" is spent.
    assertThat(engine.getTaskService().getVariables(task(incident).getId()))
        .doesNotContainKeys(Variables.OUTCOME, Variables.REASON);
  }

  @Test
  void escalationRequestedThroughTheApiMovesTheTask() {
    ProcessInstance incident = report(2, 2, null, false);

    correlate(incident.getBusinessKey(), Messages.ESCALATION_REQUESTED, Variables.REASON, "Monitoring says so");

    assertThat(incident).isWaitingAt(Elements.INVESTIGATE).task().hasCandidateGroup(RoleGroup.SUPPORT_2ND_LEVEL.id());
  }

  @Test
  void slaWarningEscalatesAnUnclaimedIncident() {
    ProcessInstance incident = report(2, 2, null, false);

    runSlaJob(incident, SlaDeadline.RESPONSE_WARNING, Duration.ofMinutes(45));

    assertThat(incident).isWaitingAt(Elements.INVESTIGATE).task().hasCandidateGroup(RoleGroup.SUPPORT_2ND_LEVEL.id());
    List<IdentityLink> links = engine.getTaskService().getIdentityLinksForTask(task(incident).getId());
    assertThat(links).extracting(IdentityLink::getGroupId).doesNotContain(RoleGroup.SERVICE_DESK.id());
  }

  @Test
  void slaWarningLeavesAClaimedIncidentWhereItIs() {
    ProcessInstance incident = report(2, 2, null, false);
    engine.getTaskService().claim(task(incident).getId(), "agent-2");

    runSlaJob(incident, SlaDeadline.RESOLUTION_WARNING, Duration.ofMinutes(1080));

    assertThat(engine.getTaskService().getIdentityLinksForTask(task(incident).getId()))
        .extracting(IdentityLink::getGroupId).contains(RoleGroup.SERVICE_DESK.id())
        .doesNotContain(RoleGroup.SUPPORT_2ND_LEVEL.id());
    assertThat(incidents.get(incident.getBusinessKey()).assignmentGroup()).isEqualTo(RoleGroup.SERVICE_DESK.id());
  }

  @Test
  void breachGivesIncidentManagersATaskToIntervene() {
    ProcessInstance incident = report(2, 2, null, false);
    String number = incident.getBusinessKey();

    runSlaJob(incident, SlaDeadline.RESPONSE_BREACH, Duration.ofMinutes(60));

    assertThat(incident).isWaitingAt(Elements.INVESTIGATE, Elements.INTERVENE_ON_RESPONSE_BREACH);
    assertThat(task(Elements.INTERVENE_ON_RESPONSE_BREACH, incident)).hasCandidateGroup(RoleGroup.INCIDENT_MANAGERS.id());
    complete(task(Elements.INTERVENE_ON_RESPONSE_BREACH, incident), withVariables(Variables.NOTE, "Added a second engineer"));
    assertThat(incidents.workLog(number)).extracting(WorkLogEntry::action).contains("sla-breached",
        Elements.INTERVENE_ON_RESPONSE_BREACH);
    assertThat(slaStatus(number, "response").state()).isEqualTo("breached");
  }

  @Test
  void majorIncidentIsLedUpdatedAndReviewed() {
    ProcessInstance incident = report(1, 1, null, false);
    String number = incident.getBusinessKey();

    assertThat(incidents.get(number).major()).isTrue();
    assertThat(incident).isWaitingAt(Elements.INVESTIGATE, Elements.LEAD_MAJOR_INCIDENT);
    assertThat(notifications(number, "MAJOR_INCIDENT")).isOne();
    assertThat(job(Elements.STATUS_UPDATE_DUE, incident).getDuedate())
        .isEqualTo(Date.from(START.plus(Duration.ofMinutes(30))));

    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofMinutes(30))));
    execute(job(Elements.STATUS_UPDATE_DUE, incident));
    assertThat(notifications(number, "MAJOR_INCIDENT_UPDATE")).isOne();
    assertThat(job(Elements.STATUS_UPDATE_DUE, incident).getDuedate())
        .as("the next update").isEqualTo(Date.from(START.plus(Duration.ofMinutes(60))));

    complete(task(Elements.INVESTIGATE, incident), withVariables(Variables.OUTCOME, Variables.OUTCOME_RESOLVE,
        Variables.RESOLUTION_CODE, "fixed", Variables.RESOLUTION, "Failed over to the standby"));
    assertThat(incident).isWaitingAt(Elements.AWAIT_CONFIRMATION);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(incident.getId())
        .activityId(Elements.STATUS_UPDATE_DUE).count()).as("updates stop at resolution").isZero();

    correlate(number, Messages.CONFIRMED);
    assertThat(incident).isWaitingAt(Elements.REVIEW_MAJOR_INCIDENT);
    complete(task(incident), withVariables(Variables.REVIEW_TIMELINE, "08:00 down, 08:40 failover",
        Variables.REVIEW_CAUSE, "Disk controller", Variables.REVIEW_ACTIONS, "Failover",
        Variables.REVIEW_IMPROVEMENTS, "Monitor controller health", Variables.RAISE_PROBLEM, true));

    assertThat(incident).isEnded();
    assertThat(jdbc.queryForObject("SELECT cause FROM itsm_major_incident_review WHERE number = ?", String.class,
        number)).isEqualTo("Disk controller");
    // The review asked for a problem: problem management takes the cause over, the incident linked.
    String problem = jdbc.queryForObject("SELECT problem_number FROM itsm_problem_incident WHERE incident_number = ?",
        String.class, number);
    assertThat(jdbc.queryForObject("SELECT source FROM itsm_problem WHERE number = ?", String.class, problem))
        .isEqualTo("MAJOR_INCIDENT_REVIEW");
    assertThat(incidents.workLog(number)).anySatisfy(e -> assertThat(e.text()).contains(problem));
  }

  @Test
  void majorIncidentManagerRecordsTheCoordination() {
    ProcessInstance incident = report(1, 1, null, false);

    complete(task(Elements.LEAD_MAJOR_INCIDENT, incident), withVariables(Variables.NOTE, "Bridge call opened"));

    assertThat(incident).isWaitingAt(Elements.INVESTIGATE);
    assertThat(incidents.workLog(incident.getBusinessKey())).extracting(WorkLogEntry::text)
        .anyMatch(text -> text.contains("Bridge call opened"));
  }

  @Test
  void agentDeclaresAMajorIncident() {
    ProcessInstance incident = report(3, 3, null, true);

    assertThat(incident).isWaitingAt(Elements.INVESTIGATE, Elements.LEAD_MAJOR_INCIDENT);
  }

  @Test
  void rejectedResolutionReopensTheIncident() {
    ProcessInstance incident = report(2, 2, null, false);
    String number = incident.getBusinessKey();
    resolve(incident);

    correlate(number, Messages.REOPENED, Variables.REASON, "Still failing");

    assertThat(incident).isWaitingAt(Elements.INVESTIGATE);
    assertThat(incidents.get(number).status()).isEqualTo(IncidentStatus.IN_PROGRESS);
    assertThat(state(number, "resolution")).isEqualTo("running");
    assertThat(deadlines(incident)).as("the investigation again holds the timers, at the resumed clock's dates")
        .containsExactlyEntriesOf(plan(null, null, 1080, 1440));
  }

  @Test
  void noAnswerWithinThreeBusinessDaysClosesTheIncident() {
    ProcessInstance incident = report(2, 2, null, false);
    String number = incident.getBusinessKey();
    resolve(incident);
    assertThat(job(Elements.AUTO_CLOSE_DUE, incident).getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(3))));

    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(3))));
    execute(job(Elements.AUTO_CLOSE_DUE, incident));

    assertThat(incident).isEnded();
    assertThat(incidents.get(number).status()).isEqualTo(IncidentStatus.CLOSED);
    assertThat(incidents.workLog(number)).last().extracting(WorkLogEntry::text).asString().contains("automatically");
  }

  @Test
  void workNotesGoToTheWorkLog() {
    ProcessInstance incident = report(2, 2, null, false);
    String number = incident.getBusinessKey();

    correlate(number, Messages.WORK_NOTE_ADDED, Variables.NOTE, "Called the user back");

    assertThat(incidents.workLog(number)).extracting(WorkLogEntry::text).contains("Called the user back");
    assertThat(state(number, "response")).isEqualTo("met");
  }

  @Test
  void resolvingTheParentResolvesItsOpenChildren() {
    ProcessInstance parent = report(1, 1, null, false);
    ProcessInstance child = report(3, 2, null, false);
    ProcessInstance doneChild = report(3, 3, null, false);
    correlate(child.getBusinessKey(), Messages.LINKED, Variables.PARENT_NUMBER, parent.getBusinessKey());
    correlate(doneChild.getBusinessKey(), Messages.LINKED, Variables.PARENT_NUMBER, parent.getBusinessKey());
    resolve(doneChild);

    complete(task(Elements.INVESTIGATE, parent), withVariables(Variables.OUTCOME, Variables.OUTCOME_RESOLVE,
        Variables.RESOLUTION_CODE, "fixed", Variables.RESOLUTION, "Replaced the core switch"));

    Incident resolvedChild = incidents.get(child.getBusinessKey());
    assertThat(resolvedChild.status()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(resolvedChild.resolution()).contains(parent.getBusinessKey()).contains("Replaced the core switch");
    assertThat(child).isWaitingAt(Elements.AWAIT_CONFIRMATION);
    assertThat(notifications(child.getBusinessKey(), "REPORTER_UPDATE")).isOne();
    assertThat(incidents.get(doneChild.getBusinessKey()).resolution()).as("already resolved on its own")
        .isEqualTo("Cleared the cache");
    assertThat(incidents.children(parent.getBusinessKey()))
        .containsExactlyInAnyOrder(child.getBusinessKey(), doneChild.getBusinessKey());
  }

  @Test
  void priorityChangeRetargetsTheSlaAndKeepsTheTimeUsed() {
    ProcessInstance incident = report(3, 3, null, false);
    String number = incident.getBusinessKey();
    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofHours(2))));

    correlate(number, Messages.RECLASSIFIED, Variables.IMPACT, 1, Variables.URGENCY, 2);

    assertThat(incidents.get(number).priority()).isEqualTo(2);
    SlaStatus resolution = slaStatus(number, "resolution");
    assertThat(resolution.targetMinutes()).isEqualTo(480);
    assertThat(resolution.elapsedMinutes()).isEqualTo(120);
    assertThat(resolution.dueAt()).isEqualTo(START.plus(Duration.ofMinutes(480)));
    assertThat(task(incident).getDueDate()).as("the task follows the SLA")
        .isEqualTo(Date.from(START.plus(Duration.ofMinutes(480))));
    assertThat(incidents.workLog(number)).extracting(WorkLogEntry::action).contains("reprioritised");
    assertThat(deadlines(incident)).as("the timers follow the SLA").containsExactlyEntriesOf(plan(120, 120, 360, 480));
  }

  @Test
  void aLowerPriorityAfterTheWarningWarnsAgainAtItsLaterThreshold() {
    ProcessInstance incident = report(2, 2, null, false);
    String number = incident.getBusinessKey();
    engine.getTaskService().claim(task(incident).getId(), "agent-3");
    runSlaJob(incident, SlaDeadline.RESOLUTION_WARNING, Duration.ofMinutes(1080));
    assertThat(warnings(number)).isOne();
    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofMinutes(1100))));

    correlate(number, Messages.RECLASSIFIED, Variables.IMPACT, 3, Variables.URGENCY, 2);

    assertThat(incidents.get(number).priority()).isEqualTo(4);
    assertThat(deadlines(incident).get(SlaDeadline.RESOLUTION_WARNING)).as("75 % of 48 h")
        .isEqualTo(START.plus(Duration.ofMinutes(2160)));
    runSlaJob(incident, SlaDeadline.RESOLUTION_WARNING, Duration.ofMinutes(2160));
    assertThat(warnings(number)).isEqualTo(2);
    assertThat(deadlines(incident).get(SlaDeadline.RESOLUTION_WARNING)).as("armed for its next cycle, in a century")
        .isAfter(START.plus(Duration.ofDays(36000)));
  }

  @Test
  void aResolutionBreachGivesIncidentManagersATaskOnceTheResponseWasMet() {
    ProcessInstance incident = report(2, 2, null, false);
    String number = incident.getBusinessKey();
    engine.getTaskService().claim(task(incident).getId(), "agent-4");

    runSlaJob(incident, SlaDeadline.RESOLUTION_BREACH, Duration.ofMinutes(1440));

    assertThat(incident).isWaitingAt(Elements.INVESTIGATE, Elements.INTERVENE_ON_RESOLUTION_BREACH);
    assertThat(task(Elements.INTERVENE_ON_RESOLUTION_BREACH, incident))
        .hasCandidateGroup(RoleGroup.INCIDENT_MANAGERS.id());
    assertThat(state(number, "resolution")).isEqualTo("breached");
    assertThat(state(number, "response")).isEqualTo("met");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_notification WHERE kind = 'SLA_BREACH' "
        + "AND record_ref = ?", Integer.class, number)).isOne();
    complete(task(Elements.INTERVENE_ON_RESOLUTION_BREACH, incident),
        withVariables(Variables.NOTE, "Vendor engaged"));
    assertThat(incident).isWaitingAt(Elements.INVESTIGATE).hasPassed(Elements.INTERVENE_ON_RESOLUTION_BREACH);
  }

  @Test
  void tasklistStartFormValuesAreAcceptedAsText() {
    ProcessInstance incident = tracked(engine.getRuntimeService().startProcessInstanceByKey(IncidentProcess.KEY,
        withVariables(Variables.TITLE, "Printer jam", Variables.DESCRIPTION, "Floor 3",
            Variables.SERVICE_CODE, SERVICE, Variables.IMPACT, "3", Variables.URGENCY, "1",
            Variables.REPORTED_BY, "caller-2", Variables.CATEGORY, "hardware")));

    assertThat(incidents.get(incident.getBusinessKey()).priority()).isEqualTo(3);
    assertThat(incident).isWaitingAt(Elements.INVESTIGATE);
  }

  @Test
  void aReportWithAnUnknownServiceCreatesNothing() {
    int before = jdbc.queryForObject("SELECT count(*) FROM itsm_incident", Integer.class);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(
            IncidentProcess.KEY, withVariables(Variables.TITLE, "x", Variables.DESCRIPTION, "y",
                Variables.SERVICE_CODE, "NO-SUCH", Variables.IMPACT, 1, Variables.URGENCY, 1)))
        .hasMessageContaining("serviceCode");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_incident", Integer.class)).isEqualTo(before);
  }

  private ProcessInstance report(int impact, int urgency, String category, boolean declaredMajor) {
    return tracked(engine.getRuntimeService().startProcessInstanceByKey(IncidentProcess.KEY, withVariables(
        Variables.TITLE, "Mail is down", Variables.DESCRIPTION, "Nobody can send mail",
        Variables.SERVICE_CODE, SERVICE, Variables.IMPACT, impact, Variables.URGENCY, urgency,
        Variables.CATEGORY, category, Variables.REPORTED_BY, "caller-1", Variables.CHANNEL, "phone",
        Variables.DECLARED_MAJOR, declaredMajor)));
  }

  private static ProcessInstance tracked(ProcessInstance instance) {
    COVERAGE.track(instance.getId());
    return instance;
  }

  private void resolve(ProcessInstance incident) {
    complete(task(Elements.INVESTIGATE, incident), withVariables(Variables.OUTCOME, Variables.OUTCOME_RESOLVE,
        Variables.RESOLUTION_CODE, "workaround", Variables.RESOLUTION, "Cleared the cache"));
  }

  private void correlate(String number, String message, Object... variables) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    engine.getRuntimeService().createMessageCorrelation(message).processInstanceBusinessKey(number)
        .setVariables(values).correlate();
  }

  /** The deadline's timer in the incident's own process is due then, and runs. */
  private void runSlaJob(ProcessInstance incident, SlaDeadline deadline, Duration after) {
    Job timer = job(deadline.timerId(), incident);
    assertThat(timer.getDuedate()).isEqualTo(Date.from(START.plus(after)));
    ClockUtil.setCurrentTime(Date.from(START.plus(after)));
    execute(timer);
  }

  /** When each SLA deadline's timer of the incident's process falls due. */
  private Map<SlaDeadline, Instant> deadlines(ProcessInstance incident) {
    return SlaTimers.of(engine, incident.getId());
  }


  /** The deadlines minutes after START, null for one not pending. */
  private static Map<SlaDeadline, Instant> plan(Integer responseWarning, Integer responseBreach,
      Integer resolutionWarning, Integer resolutionBreach) {
    Map<SlaDeadline, Instant> plan = new EnumMap<>(SlaDeadline.class);
    Integer[] minutes = {responseWarning, responseBreach, resolutionWarning, resolutionBreach};
    for (SlaDeadline deadline : SlaDeadline.values()) {
      Integer after = minutes[deadline.ordinal()];
      plan.put(deadline, after == null ? SlaDeadline.NOT_PENDING : START.plus(Duration.ofMinutes(after)));
    }
    return plan;
  }

  private int warnings(String number) {
    return jdbc.queryForObject("SELECT count(*) FROM itsm_notification WHERE kind = 'SLA_WARNING' AND record_ref = ?",
        Integer.class, number);
  }

  private SlaStatus slaStatus(String number, String target) {
    return slaClocks.status(number).stream().filter(s -> s.target().equals(target)).findFirst().orElseThrow();
  }

  private String state(String number, String target) {
    return slaStatus(number, target).state();
  }

  private int notifications(String number, String kind) {
    return jdbc.queryForObject("SELECT count(*) FROM itsm_notification WHERE record_ref = ? AND kind = ?",
        Integer.class, number, kind);
  }
}
