package org.itsmflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.itsmflow.support.Json.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.FlowNodeCoverage;
import org.itsmflow.support.Iso20000;
import org.itsmflow.workspace.ViewerTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Process internal-audit and its programme, path by path: scheduled as a timer four weeks before
 * it is due, planned with an independent auditor, performed on its day (reminders when overdue),
 * reported with each nonconformity starting corrective-action, closed when they are, and the next
 * audit scheduled by importance and result; an audit taken out of the programme. Timers fired by
 * moving the engine clock; Tasklist's door is engine REST.
 */
@Iso20000("9.2")
class InternalAuditProcessTest extends ApplicationTest {

  private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage();
  private static ProcessEngine coveredEngine;
  static final Instant START = Instant.parse("2027-03-15T09:00:00Z");

  @Autowired JdbcTemplate jdbc;
  @Autowired AuditProgramme programme;
  @Autowired ViewerTime time;
  @Autowired ManagementReviews reviews;

  String owner;
  String auditor;

  @AfterAll
  static void everyPathIsTested() {
    COVERAGE.assertAtLeast(coveredEngine, InternalAuditProcess.KEY, 1.0);
  }

  @BeforeEach
  void clock() {
    coveredEngine = engine;
    ClockUtil.setCurrentTime(Date.from(START));
    owner = user("audit-owner", RoleGroup.PROCESS_OWNERS.id());
    auditor = user("audit-auditor", RoleGroup.AUDITORS.id());
    user("audit-desk", RoleGroup.SERVICE_DESK.id());
  }

  @AfterEach
  void leaveNoProgramme() {
    ClockUtil.setCurrentTime(Date.from(START));
    for (AuditProgramme.Entry entry : programme.list()) {
      programme.remove(entry.processKey());
    }
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(InternalAuditProcess.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over"));
    ClockUtil.reset();
  }

  @Test
  void anAuditIsPlannedPerformedReportedAndClosedWhenItsNonconformitiesAreClosed() {
    JsonNode entry = put("incident-management", """
        {"clauses": ["8.6.1", "8.3.3"], "importance": "high", "nextDue": "2027-04-30"}""").getBody();
    assertThat(entry.path("intervalMonths").asInt()).isEqualTo(6);
    String id = entry.path("next").path("id").asText();
    assertThat(id).matches("IA-\\d{6}");
    assertThat(entry.path("next").path("status").asText()).isEqualTo("scheduled");
    ProcessInstance audit = instance(id);
    assertThat(audit).isWaitingAt(InternalAuditProcess.PLANNING_DUE);
    Job planningDue = timer(audit);
    assertThat(planningDue.getDuedate().toInstant())
        .isEqualTo(LocalDate.parse("2027-04-02").atStartOfDay(time.zone()).toInstant());

    fire(planningDue);
    Task plan = task(audit);
    assertThat(plan.getName()).isEqualTo("Plan audit");
    assertThat(engine.getTaskService().getIdentityLinksForTask(plan.getId())).extracting(l -> l.getGroupId())
        .containsExactly(RoleGroup.PROCESS_OWNERS.id());
    assertThat(engine.getTaskService().getVariablesLocal(plan.getId())).containsEntry("auditId", id)
        .containsEntry("auditedProcess", "incident-management").containsEntry("auditClauses", "8.3.3, 8.6.1")
        .containsEntry("auditDue", "2027-04-30");
    assertThat(status(id)).isEqualTo("planning");

    // An auditor who works on incidents does not audit them (the model names the incident managers;
    // the assignment table offered an incident to the service desk); a day in the past is refused;
    // so is a variable the form does not have. Nothing is recorded.
    assertRefused(complete(owner, plan, "auditor", user("audit-im", RoleGroup.INCIDENT_MANAGERS.id()), "auditOn",
        "2027-04-20", "auditScope", "Incidents", "auditCriteria", "8.6.1"), "auditor", "candidate group incident-managers");
    assertThat(send(as("audit-desk"), HttpMethod.POST, "/api/incidents", """
        {"title": "Scanner offline", "description": "Since Monday", "serviceCode": "%s",
         "impact": 3, "urgency": 3, "reportedBy": "caller-bo", "channel": "phone"}""".formatted(
            org.itsmflow.support.Fixtures.service(jdbc, 2))).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertRefused(complete(owner, plan, "auditor", "audit-desk", "auditOn", "2027-04-20", "auditScope", "Incidents",
        "auditCriteria", "8.6.1"), "auditor", "candidate group service-desk");
    assertRefused(complete(owner, plan, "auditor", auditor, "auditOn", "2027-03-01", "auditScope", "Incidents",
        "auditCriteria", "8.6.1"), "auditOn", "today or later");
    assertRefused(complete(owner, plan, "auditor", auditor, "auditOn", "2027-04-20", "auditScope", "Incidents",
        "auditCriteria", "8.6.1", "auditNonconformitiesFound", true), "auditNonconformitiesFound", null);
    assertThat(status(id)).isEqualTo("planning");
    ResponseEntity<JsonNode> planned = complete(owner, plan, "auditor", auditor, "auditOn", "2027-04-20",
        "auditScope", "Incidents of the first quarter, service desk and 2nd level",
        "auditCriteria", "8.6.1 and 8.3.3; the incident procedure; the SLAs");
    assertThat(planned.getStatusCode().is2xxSuccessful()).as(String.valueOf(planned.getBody())).isTrue();
    assertThat(audit).isWaitingAt(InternalAuditProcess.AUDIT_DAY);
    assertThat(status(id)).isEqualTo("planned");
    assertThat(engine.getRuntimeService().getVariables(audit.getId())).containsEntry("auditor", auditor)
        .doesNotContainKeys("auditScope", "auditCriteria", "auditOn");
    Job auditDay = timer(audit);
    assertThat(auditDay.getDuedate().toInstant())
        .isEqualTo(LocalDate.parse("2027-04-20").atStartOfDay(time.zone()).toInstant());

    fire(auditDay);
    Task perform = task(audit);
    assertThat(perform.getName()).isEqualTo("Perform audit");
    assertThat(perform.getAssignee()).isEqualTo(auditor);
    assertThat(engine.getTaskService().getVariablesLocal(perform.getId())).containsEntry("auditOn", "2027-04-20")
        .containsEntry("auditScope", "Incidents of the first quarter, service desk and 2nd level");
    // A week overdue: the auditor is reminded, the task stays.
    fire(timer(audit));
    assertThat(audit).hasPassed(InternalAuditProcess.REMIND, "Event_AuditorReminded")
        .isWaitingAt(InternalAuditProcess.PERFORM);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_notification WHERE record_ref = ? AND kind = ?",
        Integer.class, id, "AUDIT_OVERDUE")).isOne();

    assertRefused(complete(auditor, perform, "auditFindings", "8.6.1; conformity; Incidents are classified",
        "auditSummary", "Fine"), "auditFindings", "no finding for clause 8.3.3");
    assertRefused(complete(auditor, perform, "auditFindings", "8.6.1; fine; Incidents are classified\n",
        "auditSummary", "Fine"), "auditFindings", "line 1: the kind is one of");
    ResponseEntity<JsonNode> performed = complete(auditor, perform, "auditFindings", """
        8.6.1; conformity; Incidents are recorded, prioritised and closed with their actions; INC-000001
        8.6.1; major nonconformity; Two major incidents had no review; https://wiki.example.com/mi-reviews

        8.3.3; observation; SLA warnings are not read on weekends
        """, "auditSummary", "The incident process works; major incident reviews are missing.");
    assertThat(performed.getStatusCode().is2xxSuccessful()).as(String.valueOf(performed.getBody())).isTrue();
    assertThat(audit).isWaitingAt(InternalAuditProcess.REPORT);
    execute(audit);

    assertThat(audit).hasPassed(InternalAuditProcess.REPORT).isWaitingAt(InternalAuditProcess.WAIT_FOR_CORRECTION);
    JsonNode reported = as(owner).getForObject("/api/internal-audits/" + id, JsonNode.class);
    assertThat(reported.path("status").asText()).isEqualTo("follow-up");
    assertThat(reported.path("findings")).hasSize(3);
    JsonNode finding = reported.path("findings").get(1);
    assertThat(finding.path("kind").asText()).isEqualTo("major nonconformity");
    String nc = finding.path("nonconformity").asText();
    assertThat(nc).matches("NC-\\d{6}");
    assertThat(reported.path("findings").get(0).path("nonconformity").isTextual()).as("a conformity raises none").isFalse();
    JsonNode record = as(owner).getForObject("/api/nonconformities/" + nc, JsonNode.class).path("nonconformity");
    assertThat(record.path("source").asText()).isEqualTo("audit-finding");
    assertThat(record.path("clause").asText()).isEqualTo("8.6.1");
    assertThat(record.path("severity").asText()).isEqualTo("major");
    assertThat(record.path("detectedBy").asText()).isEqualTo(auditor);
    assertThat(record.path("description").asText()).contains("internal audit " + id).contains("/audits/" + id);
    assertThat(jdbc.queryForObject("SELECT body FROM itsm_notification WHERE record_ref = ? AND kind = ?",
        String.class, id, "AUDIT_REPORTED")).contains("Two major incidents had no review (evidence: https://wiki.example.com/mi-reviews) -> " + nc);

    closeNonconformity(nc);

    assertThat(audit).hasPassed(InternalAuditProcess.WAIT_FOR_CORRECTION, InternalAuditProcess.CLOSE,
        InternalAuditProcess.CLOSED).isEnded();
    assertThat(status(id)).isEqualTo("closed");
    // After a nonconformity, a high-importance process is audited again in three months, not six.
    JsonNode after = as(owner).getForObject("/api/audit-programme/incident-management", JsonNode.class);
    assertThat(after.path("intervalMonths").asInt()).isEqualTo(3);
    assertThat(after.path("last").path("id").asText()).isEqualTo(id);
    assertThat(after.path("next").path("dueOn").asText()).isEqualTo("2027-07-30");
    assertThat(after.path("next").path("id").asText()).isNotEqualTo(id);

    // The next management review is given the audit's result.
    ManagementReviews.Inputs inputs = reviews.prepare(Instant.parse("2027-10-01T07:00:00Z"));
    assertThat(inputs.audits()).extracting(ManagementReviews.AuditResult::id).contains(id);
    assertThat(ManagementReviews.summary(inputs)).contains("Internal audits (9.2): reported since 1 April 2027")
        .contains("  " + id + " incident-management (8.3.3, 8.6.1) by " + auditor
            + " on 2027-04-20: 3 findings, 1 nonconformities; closed");
  }

  @Test
  void anAuditWithoutNonconformitiesClosesWhenReportedAndTheNextFollowsAtTheFullInterval() {
    String id = put("service-request", """
        {"clauses": ["8.6.2"], "importance": "low"}""").getBody().path("next").path("id").asText();
    ProcessInstance audit = instance(id);
    assertThat(timer(audit).getDuedate().toInstant()).as("due in a month: its planning starts four weeks before")
        .isEqualTo(LocalDate.parse("2027-04-15").minusDays(28).atStartOfDay(time.zone()).toInstant());
    fire(timer(audit));
    assertThat(complete(owner, task(audit), "auditor", auditor, "auditOn", "2027-03-18", "auditScope", "Requests",
        "auditCriteria", "8.6.2").getStatusCode().is2xxSuccessful()).isTrue();
    fire(timer(audit));
    assertThat(complete(auditor, task(audit), "auditFindings", "8.6.2; conformity; Requests follow their items",
        "auditSummary", "Conforms").getStatusCode().is2xxSuccessful()).isTrue();
    execute(audit);

    assertThat(audit).hasPassed(InternalAuditProcess.CLOSE).hasNotPassed(InternalAuditProcess.WAIT_FOR_CORRECTION).isEnded();
    assertThat(status(id)).isEqualTo("closed");
    JsonNode after = as(owner).getForObject("/api/audit-programme/service-request", JsonNode.class);
    assertThat(after.path("next").path("dueOn").asText()).isEqualTo("2029-04-15");
  }

  @Test
  void theProgrammeRefusesWhatItCannotAuditAndRemovingAProcessCancelsItsScheduledAudit() {
    assertRefused(put("no-such-process", """
        {"clauses": ["8.6.1"], "importance": "high"}"""), "processKey", "a deployed process");
    assertRefused(put("change-management", """
        {"clauses": ["8.5.9"], "importance": "high"}"""), "clauses", "'8.5.9' is not one of");
    assertRefused(put("change-management", """
        {"clauses": ["8.5.1"], "importance": "urgent"}"""), "importance", null);
    assertRefused(put("change-management", """
        {"clauses": ["8.5.1"], "importance": "high", "nextDue": "2020-01-01"}"""), "nextDue", "today or later");
    assertRefused(put("change-management", "{}"), "clauses", "at least one clause");
    assertThat(send(as("audit-desk"), HttpMethod.PUT, "/api/audit-programme/change-management", """
        {"clauses": ["8.5.1"], "importance": "high"}""").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(programme.list()).isEmpty();

    String id = put("change-management", """
        {"clauses": ["8.5.1"], "importance": "medium", "nextDue": "2027-06-30"}""").getBody()
        .path("next").path("id").asText();
    // Changing the entry moves the scheduled audit and its timer.
    JsonNode moved = put("change-management", """
        {"clauses": ["8.5.1", "8.5.3"], "importance": "medium", "nextDue": "2027-09-30"}""").getBody();
    assertThat(moved.path("next").path("id").asText()).isEqualTo(id);
    assertThat(moved.path("next").path("clauses")).hasSize(2);
    assertThat(timer(instance(id)).getDuedate().toInstant())
        .isEqualTo(LocalDate.parse("2027-09-02").atStartOfDay(time.zone()).toInstant());

    assertThat(send(as(owner), HttpMethod.DELETE, "/api/audit-programme/change-management", null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(status(id)).isEqualTo("cancelled");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    assertThat(send(as(owner), HttpMethod.GET, "/api/audit-programme/change-management", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send(as(owner), HttpMethod.GET, "/api/internal-audits/IA-999999", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send(as(owner), HttpMethod.GET, "/api/internal-audits?status=sleeping", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as(owner).getForObject("/api/internal-audits?status=cancelled", JsonNode.class))
        .extracting(a -> a.path("id").asText()).contains(id);
  }

  @Test
  void findingsAreReadLineByLine() {
    assertThat(InternalAudits.findings("8.6.1; observation; Slow; \n\n10.1;NONCONFORMITY;Not corrected;NC-000001",
        List.of("8.6.1"))).extracting(InternalAudits.Finding::clause, InternalAudits.Finding::kind,
            InternalAudits.Finding::evidence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("8.6.1", "observation", null),
            org.assertj.core.groups.Tuple.tuple("10.1", "nonconformity", "NC-000001"));
    assertThatThrownBy(() -> InternalAudits.findings("8.6.1 conformity fine", List.of("8.6.1")))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("separated by semicolons");
    assertThatThrownBy(() -> InternalAudits.findings("9.9; conformity; fine", List.of("8.6.1")))
        .hasMessageContaining("'9.9' is not a clause");
    assertThatThrownBy(() -> InternalAudits.findings("8.6.1; conformity; ok", List.of("8.6.1")))
        .hasMessageContaining("3 to 1000");
    assertThatThrownBy(() -> InternalAudits.findings("8.6.1; conformity; fine\n".repeat(51), List.of("8.6.1")))
        .hasMessageContaining("at most 50");
    assertThat(AuditProgramme.interval("high", false)).isEqualTo(6);
    assertThat(AuditProgramme.interval("low", true)).isEqualTo(12);
  }

  private ResponseEntity<JsonNode> put(String processKey, String body) {
    return send(as(owner), HttpMethod.PUT, "/api/audit-programme/" + processKey, body);
  }

  private ProcessInstance instance(String id) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey(InternalAuditProcess.KEY).singleResult();
    COVERAGE.track(instance.getId());
    return instance;
  }

  private Job timer(ProcessInstance audit) {
    return engine.getManagementService().createJobQuery().processInstanceId(audit.getId()).timers().list().get(0);
  }

  private void fire(Job timer) {
    if (timer.getDuedate().toInstant().isAfter(ClockUtil.getCurrentTime().toInstant())) {
      ClockUtil.setCurrentTime(timer.getDuedate());
    }
    engine.getManagementService().executeJob(timer.getId());
  }

  private void execute(ProcessInstance audit) {
    ManagementService management = engine.getManagementService();
    for (Job job : management.createJobQuery().processInstanceId(audit.getId()).messages().list()) {
      management.executeJob(job.getId());
    }
  }

  private Task task(ProcessInstance audit) {
    return engine.getTaskService().createTaskQuery().processInstanceId(audit.getId()).singleResult();
  }

  private String status(String id) {
    return as(owner).getForObject("/api/internal-audits/" + id, JsonNode.class).path("status").asText();
  }

  /** Completes the task through Tasklist's door, engine REST, as the user. */
  private ResponseEntity<JsonNode> complete(String user, Task task, Object... variables) {
    StringBuilder json = new StringBuilder("{\"variables\": {");
    for (int i = 0; i < variables.length; i += 2) {
      json.append(i == 0 ? "" : ", ").append('"').append(variables[i]).append("\": {\"value\": ")
          .append(variables[i + 1] instanceof String text ? "\"" + text.replace("\n", "\\n") + "\"" : variables[i + 1])
          .append('}');
    }
    return send(as(user), HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete", json.append("}}")
        .toString());
  }

  private static void assertRefused(ResponseEntity<JsonNode> answer, String field, String text) {
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().toString()).contains(field);
    if (text != null) {
      assertThat(answer.getBody().toString()).contains(text);
    }
  }

  /** Takes the nonconformity through corrective-action to its close, as its process owners would. */
  private void closeNonconformity(String number) {
    ProcessInstance nc = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult();
    completeNc(nc, "correction", "Reviews scheduled for both");
    completeNc(nc, "cause", "No owner for major incident reviews");
    completeNc(nc, "action", "Name the review owner in the procedure", "actionOwner", owner, "actionDue",
        ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(14)).toString());
    completeNc(nc, "actionNotes", "Procedure changed");
    fire(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job("Event_ReviewDue", nc));
    completeNc(nc, "effective", true, "reviewEvidence", "Both reviews held");
    assertThat(nc).isEnded();
  }

  private void completeNc(ProcessInstance nc, Object... variables) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(nc.getId()).singleResult();
    engine.getTaskService().complete(task.getId(), values);
  }
}
