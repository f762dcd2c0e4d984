package org.itsmflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.itsmflow.sla.Calendars.berlin;
import static org.itsmflow.sla.Calendars.inBerlin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.sla.SlaClockProcess.Elements;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clocks started before issue 17 keep working: each target's deadlines are timer jobs of its own
 * sla-clock instance (the model, no longer deployed with the application, stands in the test
 * resources as it was), moved by pause, resume and priority changes through messages.
 */
@Iso20000("8.3.3")
class SlaClockProcessTest extends ApplicationTest {

  private static final String SERVICE = "SLA-CLOCK";
  private static final String PROBE = "sla-escalation-probe";
  private static final AtomicInteger RECORDS = new AtomicInteger();

  @Autowired SlaClocks clocks;
  @Autowired BusinessCalendars calendars;
  @Autowired ServiceLevels serviceLevels;
  @Autowired JdbcTemplate jdbc;
  @Autowired SlaClockRepository repository;

  private String record;
  private ProcessInstance probe;

  @BeforeEach
  void officeHoursService() {
    ClockUtil.setCurrentTime(Date.from(berlin("2026-11-25T09:00")));
    CalendarDefinition office = new CalendarRequest("SLA clock office", "Europe/Berlin", Map.of(
        "MONDAY", Calendars.officeDay(), "TUESDAY", Calendars.officeDay(), "WEDNESDAY", Calendars.officeDay(),
        "THURSDAY", Calendars.officeDay(), "FRIDAY", Calendars.officeDay()), List.of()).validated("sla-clock-office");
    calendars.save(office);
    if (jdbc.queryForObject("SELECT count(*) FROM itsm_service WHERE code = ?", Integer.class, SERVICE) == 0) {
      jdbc.update("INSERT INTO itsm_service (code, name, owner_group, criticality, status, calendar_id) "
          + "VALUES (?, 'SLA clock test', 'service-owners', 2, 'LIVE', 'sla-clock-office')", SERVICE);
    }
    serviceLevels.save(SERVICE, 3, new SlaRequest(60, 480, null, 75));
    record = "TEST-" + (100 + RECORDS.incrementAndGet());
    probe = engine.getRuntimeService().startProcessInstanceByKey(PROBE, record);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void warningAndBreachAreTimerJobsThatNotifyAndEscalate() {
    startClocksOfTheEarlierShape();
    ProcessInstance resolution = clockOf(SlaTarget.RESOLUTION);

    assertThat(resolution).isWaitingAt(Elements.WARNING_DUE, Elements.BREACH_DUE);
    assertThat(due(resolution, Elements.WARNING_DUE)).isEqualTo("2026-11-25T16:00");
    assertThat(due(resolution, Elements.BREACH_DUE)).isEqualTo("2026-11-26T09:00");

    moveTo("2026-11-25T16:00");
    execute(job(Elements.WARNING_DUE, resolution));

    assertThat(notifications("SLA_WARNING", RoleGroup.SERVICE_DESK.id())).isOne();
    assertThat(probe).isWaitingAt("Event_Breached");
    assertThat(resolution).isWaitingAt(Elements.BREACH_DUE);

    moveTo("2026-11-26T09:00");
    execute(job(Elements.BREACH_DUE, resolution));

    assertThat(notifications("SLA_BREACH", RoleGroup.INCIDENT_MANAGERS.id())).isOne();
    assertThat(probe).isEnded();
    assertThat(resolution).isWaitingAt(Elements.AWAIT_CHANGE);
    assertThat(status(SlaTarget.RESOLUTION).state()).isEqualTo("breached");

    clocks.stop(record, SlaTarget.RESOLUTION);

    assertThat(resolution).isEnded();
    SlaStatus stopped = status(SlaTarget.RESOLUTION);
    assertThat(stopped.state()).isEqualTo("breached");
    assertThat(stopped.stoppedAt()).isEqualTo(berlin("2026-11-26T09:00"));
  }

  @Test
  void pauseAcrossANightMovesTheBreachTimer() {
    startClocksOfTheEarlierShape();
    ProcessInstance resolution = clockOf(SlaTarget.RESOLUTION);
    moveTo("2026-11-25T16:00");
    execute(job(Elements.WARNING_DUE, resolution));

    clocks.pause(record);

    assertThat(resolution).isWaitingAt(Elements.AWAIT_CHANGE);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(resolution.getId()).count()).isZero();
    assertThat(status(SlaTarget.RESOLUTION).state()).isEqualTo("paused");

    moveTo("2026-11-26T10:00");
    clocks.resume(record);

    assertThat(resolution).isWaitingAt(Elements.BREACH_DUE);
    assertThat(due(resolution, Elements.BREACH_DUE)).as("8 h target, 3 business hours paused").isEqualTo("2026-11-26T12:00");
    assertThat(status(SlaTarget.RESOLUTION).remainingMinutes()).isEqualTo(120);
    assertThat(notifications("SLA_WARNING", RoleGroup.SERVICE_DESK.id())).as("no second warning").isOne();
  }

  @Test
  void priorityChangeAfterSixtyPercentKeepsTheElapsedTime() {
    startClocksOfTheEarlierShape();
    ProcessInstance resolution = clockOf(SlaTarget.RESOLUTION);
    serviceLevels.save(SERVICE, 5, new SlaRequest(60, 960, null, 75));
    serviceLevels.save(SERVICE, 1, new SlaRequest(15, 240, null, 75));
    moveTo("2026-11-25T14:48");
    assertThat(status(SlaTarget.RESOLUTION).elapsedMinutes()).as("60 % of 8 h").isEqualTo(288);

    clocks.retarget(record, SERVICE, 5);

    assertThat(status(SlaTarget.RESOLUTION).elapsedMinutes()).isEqualTo(288);
    assertThat(due(resolution, Elements.BREACH_DUE)).as("16 h from Wed 09:00").isEqualTo("2026-11-27T09:00");

    clocks.retarget(record, SERVICE, 1);

    assertThat(due(resolution, Elements.BREACH_DUE)).as("already past 4 h: due now").isEqualTo("2026-11-25T14:48");
    execute(job(Elements.BREACH_DUE, resolution));
    assertThat(status(SlaTarget.RESOLUTION).state()).isEqualTo("breached");
  }

  @Test
  void meetingTheResponseTargetStopsOnlyItsClock() {
    startClocksOfTheEarlierShape();
    ProcessInstance response = clockOf(SlaTarget.RESPONSE);
    moveTo("2026-11-25T09:20");

    clocks.stop(record, SlaTarget.RESPONSE);

    assertThat(response).isEnded();
    SlaStatus met = status(SlaTarget.RESPONSE);
    assertThat(met.state()).isEqualTo("met");
    assertThat(met.elapsedMinutes()).isEqualTo(20);
    assertThat(status(SlaTarget.RESOLUTION).state()).isEqualTo("running");
    assertThat(clockOf(SlaTarget.RESOLUTION)).isWaitingAt(Elements.WARNING_DUE, Elements.BREACH_DUE);
  }

  @Test
  void stoppingAfterTheTargetBeforeTheTimerRanRecordsTheBreach() {
    startClocksOfTheEarlierShape();
    moveTo("2026-11-25T10:30");

    clocks.stop(record, SlaTarget.RESPONSE);

    SlaStatus late = status(SlaTarget.RESPONSE);
    assertThat(late.state()).isEqualTo("breached");
    assertThat(late.breachedAt()).isEqualTo(berlin("2026-11-25T10:00"));
  }

  @Test
  void everyOperationIsSafeToRepeat() {
    startClocksOfTheEarlierShape();
    clocks.startInRecordProcess(record, "not-this-one", SERVICE, 3, RoleGroup.SERVICE_DESK.id(),
        RoleGroup.INCIDENT_MANAGERS.id());
    String clockId = jdbc.queryForObject("SELECT id FROM itsm_sla_clock WHERE record_ref = ? AND target = 'RESPONSE'",
        String.class, record);

    clocks.raiseWarning(clockId);
    clocks.raiseWarning(clockId);
    clocks.pause(record);
    clocks.pause(record);
    clocks.stop(record, SlaTarget.RESPONSE);
    clocks.stop(record, SlaTarget.RESPONSE);

    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_sla_clock WHERE record_ref = ?", Integer.class, record))
        .isEqualTo(2);
    assertThat(notifications("SLA_WARNING", RoleGroup.SERVICE_DESK.id())).isOne();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(SlaClockProcess.KEY).processInstanceBusinessKey(record).count()).isOne();
  }

  @Test
  void apiListsEveryTargetWithBothDeadlines() {
    startClocksOfTheEarlierShape();
    String agent = user("sla-clock-agent", RoleGroup.SERVICE_DESK.id());

    JsonNode targets = as(agent).getForObject("/api/sla/" + record, JsonNode.class);

    assertThat(targets).hasSize(2);
    JsonNode resolution = targets.get(1);
    assertThat(resolution.path("target").asText()).isEqualTo("resolution");
    assertThat(resolution.path("state").asText()).isEqualTo("running");
    assertThat(Instant.parse(resolution.path("warningAt").asText())).isEqualTo(berlin("2026-11-25T16:00"));
    assertThat(Instant.parse(resolution.path("dueAt").asText())).isEqualTo(berlin("2026-11-26T09:00"));
    assertThat(resolution.path("remainingMinutes").asLong()).isEqualTo(480);
    assertThat(as(agent).getForEntity("/api/sla/TEST-NONE", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** What SlaClocks.start did before issue 17: per target a clock row and its sla-clock instance. */
  private void startClocksOfTheEarlierShape() {
    SlaDefinition sla = serviceLevels.applicable(SERVICE, 3);
    Instant now = EngineClock.now();
    for (SlaTarget target : SlaTarget.values()) {
      String id = UUID.randomUUID().toString();
      repository.insert(new SlaClock(id, record, target, SERVICE, 3, sla.calendarId(),
          SlaTimer.start(sla.target(target), sla.warningPercent(), now), now, null, null, null, null, null,
          RoleGroup.SERVICE_DESK.id(), RoleGroup.INCIDENT_MANAGERS.id(), null, false));
      String processInstanceId = engine.getRuntimeService().createProcessInstanceByKey(SlaClockProcess.KEY)
          .businessKey(record).setVariable(SlaClockProcess.Variables.CLOCK_ID, id)
          .setVariable(SlaClockProcess.Variables.SLA_TARGET, target.id()).execute().getProcessInstanceId();
      jdbc.update("UPDATE itsm_sla_clock SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
    }
  }

  private ProcessInstance clockOf(SlaTarget target) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(SlaClockProcess.KEY)
        .processInstanceBusinessKey(record)
        .variableValueEquals(SlaClockProcess.Variables.SLA_TARGET, target.id())
        .singleResult();
  }

  private String due(ProcessInstance clock, String timer) {
    Job job = job(timer, clock);
    return inBerlin(job.getDuedate().toInstant());
  }

  private SlaStatus status(SlaTarget target) {
    return clocks.status(record).stream().filter(s -> s.target().equals(target.id())).findFirst().orElseThrow();
  }

  private int notifications(String kind, String group) {
    return jdbc.queryForObject("SELECT count(*) FROM itsm_notification WHERE record_ref = ? AND kind = ? "
        + "AND recipient_group = ?", Integer.class, record, kind, group);
  }

  private static void moveTo(String berlinTime) {
    ClockUtil.setCurrentTime(Date.from(berlin(berlinTime)));
  }
}
