package org.itsmflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.incident.IncidentProcess;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasklist's forms read the record when they open: the incident's report lives in its record
 * only, and the form variables of its tasks carry it from there, through the engine's doors. A
 * step's input reaches the record, and the engine keeps only what the flow reads.
 */
class RecordFormVariablesTest extends ApplicationTest {

  private static final List<String> RECORD_ONLY = List.of("description", "ciId", "reportedBy", "channel",
      "knownErrors", "recordStatus", "responseDue", "resolutionDue", "recentWorkNotes");

  @Autowired JdbcTemplate jdbc;
  @Autowired ConfigurationItems cis;

  private String agent;
  private String service;
  private String ci;

  @BeforeEach
  void setUp() {
    agent = user("form-desk", RoleGroup.SERVICE_DESK.id());
    service = Fixtures.service(jdbc, 3);
    ci = Fixtures.ci(cis, service);
  }

  @Test
  void theInvestigationFormShowsTheReportFromTheRecordWhichTheProcessDoesNotKeep() {
    ResponseEntity<JsonNode> created = send(as(agent), POST, "/api/incidents", """
        {"title": "Scanner offline", "description": "Floor 2 scanner shows error 41", "serviceCode": "%s",
         "ciId": "%s", "impact": 3, "urgency": 3, "reportedBy": "Ada Lovelace", "channel": "chat"}
        """.formatted(service, ci));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String instance = created.getBody().path("processInstanceId").asText();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();

    JsonNode form = formVariables(agent, task, null).getBody();

    assertThat(text(form, "description")).isEqualTo("Floor 2 scanner shows error 41");
    assertThat(text(form, "ciId")).isEqualTo(ci);
    assertThat(text(form, "reportedBy")).isEqualTo("Ada Lovelace");
    assertThat(text(form, "channel")).isEqualTo("chat");
    assertThat(text(form, "knownErrors")).isEqualTo("none for this CI or service");
    assertThat(text(form, "serviceCode")).isEqualTo(service);
    assertThat(text(form, "recordStatus")).isEqualTo("New");
    // Due times carry their zone, as every date the staff read.
    assertThat(text(form, "responseDue")).matches(".*\\d{2}:\\d{2} \\S+ \\(running\\)");
    assertThat(text(form, "resolutionDue")).endsWith("(running)");
    assertThat(text(form, "recentWorkNotes")).isEqualTo("no work notes yet");
    // The flow's own variables come from the engine as before.
    assertThat(text(form, "recordNumber")).isEqualTo(created.getBody().path("number").asText());
    assertThat(form.path("priority").path("type").asText()).isEqualTo("Integer");
    assertThat(text(form, "impact")).isEqualTo("3");
    assertThat(text(form, "urgency")).isEqualTo("3");
    // The process keeps what its gateways, queues and Tasklist's lists read, nothing else.
    assertThat(engine.getRuntimeService().getVariables(instance).keySet()).containsExactlyInAnyOrder("recordNumber",
        "recordTitle", "priority", "slaDueAt", "assignmentGroup", "major");
    // Neither the runtime nor the history holds the report, nor the decisions' inputs.
    assertNotKept(instance, "serviceCode", "category", "impact", "urgency", "declaredMajor");
    for (String name : RECORD_ONLY) {
      assertThat(engine.getRuntimeService().getVariable(instance, name)).as(name).isNull();
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().includeDeleted()
          .processInstanceId(instance).variableName(name).count()).as(name + " in the history").isZero();
    }
  }

  @Test
  void theFormShowsAHeldIncidentAsHeldAndTheNewestNotesFirst() {
    ResponseEntity<JsonNode> created = send(as(agent), POST, "/api/incidents", """
        {"title": "Badge reader", "description": "Door 3", "serviceCode": "%s", "impact": 3, "urgency": 3,
         "reportedBy": "Ada Lovelace", "channel": "phone"}
        """.formatted(service));
    String number = created.getBody().path("number").asText();
    for (String note : List.of("first", "second", "third", "fourth")) {
      send(as(agent), POST, "/api/incidents/" + number + "/work-notes", "{\"text\": \"" + note + " note\"}");
    }
    send(as(agent), POST, "/api/incidents/" + number + "/hold", "{\"reason\": \"Caller away\"}");
    String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();

    JsonNode form = formVariables(agent, task, null).getBody();

    assertThat(text(form, "recordStatus")).isEqualTo("On hold: the SLA clock is paused");
    assertThat(text(form, "recentWorkNotes").lines().toList()).hasSize(3)
        .allSatisfy(line -> assertThat(line).contains(", " + agent + ": "))
        .satisfies(lines -> assertThat(lines.get(0)).endsWith("fourth note"))
        .satisfies(lines -> assertThat(lines.get(2)).endsWith("second note"));
    assertThat(text(form, "responseDue")).startsWith("met ");
  }

  @Test
  void aFormAsksForSomeVariablesAndGetsThoseOnly() {
    String task = investigationTask(startedFromTasklist());

    JsonNode form = formVariables(agent, task, "description,recordTitle").getBody();

    assertThat(form.fieldNames()).toIterable().containsExactlyInAnyOrder("description", "recordTitle");
    assertThat(text(form, "description")).isEqualTo("Typed into the start form");
  }

  @Test
  void theStartFormsReportGoesToTheRecordAndLeavesTheProcess() {
    ProcessInstance instance = startedFromTasklist();

    for (String name : RECORD_ONLY) {
      assertThat(engine.getRuntimeService().getVariable(instance.getId(), name)).as(name).isNull();
    }
    String task = investigationTask(instance);
    assertThat(text(formVariables(agent, task, null).getBody(), "reportedBy")).isEqualTo("Grace Hopper");
  }

  @Test
  void whoMayNotSeeTheTaskGetsNothingOfTheRecord() {
    String task = investigationTask(startedFromTasklist());
    String outsider = user("form-outsider");

    ResponseEntity<JsonNode> answer = formVariables(outsider, task, null);

    assertThat(answer.getStatusCode().is2xxSuccessful()).as(String.valueOf(answer.getBody())).isFalse();
    assertThat(String.valueOf(answer.getBody())).doesNotContain("Typed into the start form");
  }

  @Test
  void aStepsInputReachesTheRecordAndNotTheEngineThroughTheApi() {
    ProcessInstance instance = startedFromTasklist();
    String number = instance.getBusinessKey();

    ResponseEntity<JsonNode> resolved = send(as(agent), POST, "/api/incidents/" + number + "/resolve",
        "{\"resolutionCode\": \"fixed\", \"resolution\": \"Cleared the paper path\"}");

    assertThat(resolved.getStatusCode()).as(String.valueOf(resolved.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(resolved.getBody().path("status").asText()).isEqualTo("resolved");
    assertThat(resolved.getBody().path("resolution").asText()).isEqualTo("Cleared the paper path");
    assertNotKept(instance.getId(), "outcome", "resolutionCode", "resolution");
  }

  @Test
  void aStepsInputReachesTheRecordAndNotTheEngineThroughTasklist() {
    ProcessInstance instance = startedFromTasklist();
    String task = investigationTask(instance);
    // What Tasklist sends for the investigation form: the fields it may set, and the shown ones unchanged.
    ResponseEntity<JsonNode> submitted = send(as(agent), POST, "/engine-rest/task/" + task + "/submit-form", """
        {"variables": {"outcome": {"value": "resolve", "type": "String"},
          "resolutionCode": {"value": "workaround", "type": "String"},
          "resolution": {"value": "Restarted the spooler", "type": "String"},
          "description": {"value": "Typed into the start form", "type": "String"}}}
        """);

    assertThat(submitted.getStatusCode().value()).as(String.valueOf(submitted.getBody())).isEqualTo(204);
    JsonNode incident = send(as(agent), GET, "/api/incidents/" + instance.getBusinessKey(), null).getBody();
    assertThat(incident.path("status").asText()).isEqualTo("resolved");
    assertThat(incident.path("resolutionCode").asText()).isEqualTo("workaround");
    assertNotKept(instance.getId(), "outcome", "resolutionCode", "resolution");
    // A shown field changed is refused, as before: the form shows the record.
    String other = investigationTask(startedFromTasklist());
    ResponseEntity<JsonNode> changed = send(as(agent), POST, "/engine-rest/task/" + other + "/submit-form", """
        {"variables": {"outcome": {"value": "resolve", "type": "String"},
          "resolutionCode": {"value": "fixed", "type": "String"},
          "resolution": {"value": "x", "type": "String"},
          "description": {"value": "Something else", "type": "String"}}}
        """);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private void assertNotKept(String instance, String... names) {
    for (String name : names) {
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().includeDeleted()
          .processInstanceId(instance).variableName(name).count()).as(name + " in the history").isZero();
    }
  }

  /** As Tasklist's start form does: every field a (persisted) variable. */
  private ProcessInstance startedFromTasklist() {
    return engine.getRuntimeService().startProcessInstanceByKey(IncidentProcess.KEY, Map.of(
        IncidentProcess.Variables.TITLE, "Printer jam", IncidentProcess.Variables.DESCRIPTION, "Typed into the start form",
        IncidentProcess.Variables.SERVICE_CODE, service, IncidentProcess.Variables.CI_ID, ci,
        IncidentProcess.Variables.IMPACT, 3, IncidentProcess.Variables.URGENCY, 3,
        IncidentProcess.Variables.REPORTED_BY, "Grace Hopper", IncidentProcess.Variables.CHANNEL, "phone"));
  }

  private String investigationTask(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  private ResponseEntity<JsonNode> formVariables(String user, String task, String names) {
    return send(as(user), GET, "/engine-rest/task/" + task + "/form-variables"
        + (names == null ? "" : "?variableNames=" + names), null);
  }

  private static String text(JsonNode form, String name) {
    return form.path(name).path("value").asText();
  }
}
