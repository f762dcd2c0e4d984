package org.itsmflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A record's evidence pack against the engine's history, for an incident that was claimed, held,
 * escalated, reclassified, resolved, reopened and closed: every task with who claimed and
 * completed it, every decision with its inputs, outputs and table version, the SLA, the work log
 * and the models that ran; the same pack every time once closed; 404 once the history is gone.
 */
@Iso20000("7.5")
class EvidencePackTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;

  private String service;
  private String agent;
  private String secondLevel;
  private String auditor;

  @BeforeEach
  void setUp() {
    service = Fixtures.service(jdbc, 2);
    agent = user("evidence-agent", RoleGroup.SERVICE_DESK.id());
    secondLevel = user("evidence-2nd", RoleGroup.SUPPORT_2ND_LEVEL.id());
    auditor = user("evidence-auditor", RoleGroup.AUDITORS.id());
  }

  @Test
  void theEvidenceOfAnIncidentIsWhatTheHistoryKeptTheSameEachTimeOnceClosed() throws Exception {
    String number = send(as(agent), POST, "/api/incidents", """
        {"title": "Printer queue stuck", "description": "Since the update", "serviceCode": "%s",
         "impact": 2, "urgency": 2, "reportedBy": "caller-ann", "channel": "phone"}
        """.formatted(service)).getBody().path("number").asText();
    Task investigate = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult();
    assertThat(send(as(agent), POST, "/engine-rest/task/" + investigate.getId() + "/claim",
        "{\"userId\": \"" + agent + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    action(agent, number, "hold", "{\"reason\": \"Waiting for the caller\"}");
    action(agent, number, "resume", "{}");
    action(agent, number, "reclassify", "{\"impact\": 1, \"urgency\": 2}");
    action(agent, number, "escalate", "{\"reason\": \"Driver issue\"}");
    action(secondLevel, number, "resolve", "{\"resolutionCode\": \"fixed\", \"resolution\": \"Rolled back the driver\"}");
    action(agent, number, "reopen", "{\"reason\": \"Stuck again\"}");
    action(secondLevel, number, "resolve", "{\"resolutionCode\": \"fixed\", \"resolution\": \"Pinned the driver\"}");
    action(agent, number, "close", "{}");

    JsonNode pack = evidence(number);

    assertThat(pack.path("number").asText()).isEqualTo(number);
    assertThat(pack.path("type").asText()).isEqualTo("incident");
    assertThat(pack.path("ended").asBoolean()).isTrue();
    assertThat(pack.path("title").asText()).isEqualTo("Printer queue stuck");
    assertThat(pack.path("fields").toString()).contains("\"label\":\"Resolution\",\"value\":\"Pinned the driver\"");
    assertThat(pack.path("generatedBy").asText()).isEqualTo(auditor);
    HistoricProcessInstance run = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(number).singleResult();
    JsonNode process = pack.path("processes").get(0);
    assertThat(pack.path("processes")).hasSize(1);
    assertThat(process.path("processInstanceId").asText()).isEqualTo(run.getId());
    assertThat(process.path("processKey").asText()).isEqualTo("incident-management");
    assertThat(process.path("version").asInt()).isEqualTo(engine.getRepositoryService()
        .getProcessDefinition(run.getProcessDefinitionId()).getVersion());
    assertThat(process.path("resource").asText()).endsWith("incident-management.bpmn");
    assertThat(process.path("state").asText()).isEqualTo("COMPLETED");

    // Every task the history keeps, with who claimed and who completed it.
    assertThat(pack.path("tasks")).hasSize((int) engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(run.getId()).count());
    List<String> completed = new ArrayList<>();
    pack.path("tasks").forEach(task -> completed.add(task.path("name").asText() + " by "
        + task.path("completedBy").asText() + " (" + task.path("outcome").asText() + ")"));
    JsonNode first = pack.path("tasks").get(0);
    assertThat(first.path("name").asText()).isEqualTo("Investigate and diagnose");
    assertThat(first.path("claimedBy").asText()).isEqualTo(agent);
    assertThat(first.path("claimedAt").asText()).isNotEmpty();
    assertThat(first.path("candidateGroups").toString()).contains("service-desk");
    assertThat(completed).contains("Investigate and diagnose by " + secondLevel + " (completed)");

    // Every decision: the priority at the start and again when reclassified, with the table's version.
    assertThat(pack.path("decisions")).hasSize((int) engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(run.getId()).count());
    List<JsonNode> priorities = new ArrayList<>();
    pack.path("decisions").forEach(d -> {
      if ("incident-priority".equals(d.path("decisionKey").asText())) {
        priorities.add(d);
      }
    });
    assertThat(priorities).hasSize(2);
    assertThat(priorities.get(0).path("version").asInt()).isPositive();
    assertThat(priorities.get(0).path("inputs").toString()).contains("\"value\":2");
    assertThat(priorities.get(1).path("inputs").toString()).contains("\"value\":1");
    assertThat(priorities.get(1).path("outputs")).isNotEmpty();

    assertThat(pack.path("sla").findValuesAsText("target")).containsExactlyInAnyOrder("response", "resolution");
    assertThat(pack.path("sla").findValuesAsText("stoppedAt")).allSatisfy(at -> assertThat(at).isNotEmpty());
    assertThat(pack.path("workLog").findValuesAsText("action")).containsSubsequence("recorded", "on-hold",
        "resumed", "escalated", "resolved", "reopened", "resolved", "closed");

    JsonNode again = evidence(number);
    assertThat(withoutGeneration(again)).as("the same content every time once closed")
        .isEqualTo(withoutGeneration(pack));

    ResponseEntity<byte[]> pdf = as(auditor).getForEntity("/api/records/" + number + "/evidence/pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo("evidence-" + number + ".pdf");
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/browser"));
    java.nio.file.Files.write(java.nio.file.Path.of("target/browser/evidence-sample.pdf"), pdf.getBody());
    String text = text(pdf.getBody());
    assertThat(text).contains("Evidence pack: " + number + ", Printer queue stuck")
        .contains("Investigate and diagnose").contains(secondLevel).contains("Incident priority (ISO 20000 8.6.1)")
        .contains("Impact = 1; Urgency = 2").contains("Models that ran").contains("Incident management (ISO 20000 8.6.1)")
        .contains("Pinned the driver");

    WorkspaceSession page = WorkspaceSession.signIn(rest.getRootUri(), auditor, PASSWORD);
    assertThat(page.get("/incidents/" + number).body()).contains("/records/" + number + "/evidence/pdf");
    assertThat(page.get("/records/" + number + "/evidence/pdf").body()).startsWith("%PDF-");

    // The history's time to live ran out (the cleanup removes it): the pack is refused, saying why.
    engine.getHistoryService().deleteHistoricProcessInstance(run.getId());
    ResponseEntity<JsonNode> gone = send(as(auditor), org.springframework.http.HttpMethod.GET,
        "/api/records/" + number + "/evidence", null);
    assertThat(gone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(gone.getBody().toString()).contains("no longer keeps the process history of " + number)
        .contains("history time to live");
  }

  @Test
  void unknownRecordsAndRequestersAreRefused() {
    assertThat(send(as(auditor), org.springframework.http.HttpMethod.GET, "/api/records/INC-999999/evidence", null)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(user("evidence-requester")).getForEntity("/api/records/INC-000001/evidence", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private JsonNode evidence(String number) {
    ResponseEntity<JsonNode> response = as(auditor).getForEntity("/api/records/" + number + "/evidence",
        JsonNode.class);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static JsonNode withoutGeneration(JsonNode pack) {
    ObjectNode copy = pack.deepCopy();
    copy.remove("generatedAt");
    copy.remove("generatedBy");
    return copy;
  }

  private void action(String user, String number, String action, String body) {
    ResponseEntity<JsonNode> response = send(as(user), POST, "/api/incidents/" + number + "/" + action, body);
    assertThat(response.getStatusCode()).as(action + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
  }

  private static String text(byte[] pdf) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
