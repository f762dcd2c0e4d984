package org.itsmflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The incident REST API as integrators use it: every path, every 400, 404 and 409. */
@Iso20000("8.6.1")
class IncidentApiTest extends ApplicationTest {

  private static final String VALID = """
      {"title": "VPN drops every hour", "description": "Since this morning", "serviceCode": "INC-TEST",
       "impact": 2, "urgency": 2, "reportedBy": "monitoring-bot", "channel": "monitoring"}
      """;

  @Autowired JdbcTemplate jdbc;

  private String agent;
  private String secondLevel;

  @BeforeEach
  void setUp() {
    IncidentProcessTest.ensureService(jdbc);
    agent = user("inc-api-agent", RoleGroup.SERVICE_DESK.id());
    secondLevel = user("inc-api-2nd", RoleGroup.SUPPORT_2ND_LEVEL.id());
  }

  @Test
  void createRecordsTheIncidentAndStartsItsProcess() {
    ResponseEntity<JsonNode> created = send(as(agent), POST, "/api/incidents", VALID);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = created.getBody();
    String number = body.path("number").asText();
    assertThat(number).matches("INC-\\d{6}");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/incidents/" + number);
    assertThat(body.path("priority").asInt()).isEqualTo(3);
    assertThat(body.path("status").asText()).isEqualTo("new");
    assertThat(body.path("assignmentGroup").asText()).isEqualTo("service-desk");
    assertThat(body.path("responseDueAt").asText()).isNotEmpty();
    assertThat(body.path("resolutionDueAt").asText()).isNotEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(body.path("processInstanceId").asText()).processInstanceBusinessKey(number).count()).isOne();
    assertThat(body.path("workLog").get(0).path("by").asText()).isEqualTo("inc-api-agent");
  }

  @Test
  void anAgentWorksTheIncidentThroughTheApi() {
    String number = create();

    assertThat(action(number, "work-notes", "{\"text\": \"Asked for logs\"}").path("status").asText())
        .isEqualTo("in-progress");
    assertThat(action(number, "hold", "{\"reason\": \"Waiting for logs\"}").path("status").asText())
        .isEqualTo("on-hold");
    assertThat(action(number, "resume", "{}").path("status").asText()).isEqualTo("in-progress");
    assertThat(action(number, "escalate", "{\"reason\": \"Needs network team\"}").path("assignmentGroup").asText())
        .isEqualTo("support-2nd-level");
    // The investigation is 2nd level's now: the service desk may no longer resolve it (the record kernel's candidate check).
    assertThat(send(as(agent), POST, "/api/incidents/" + number + "/resolve",
        "{\"resolutionCode\": \"fixed\", \"resolution\": \"New cable\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode resolved = action(secondLevel, number, "resolve",
        "{\"resolutionCode\": \"fixed\", \"resolution\": \"New cable\"}");
    assertThat(resolved.path("status").asText()).isEqualTo("resolved");
    assertThat(action(number, "reopen", "{\"reason\": \"Dropped again\"}").path("status").asText())
        .isEqualTo("in-progress");
    action(secondLevel, number, "resolve", "{\"resolutionCode\": \"fixed\", \"resolution\": \"Replaced the switch\"}");
    JsonNode closed = action(number, "close", "{}");

    assertThat(closed.path("status").asText()).isEqualTo("closed");
    assertThat(closed.path("workLog").findValuesAsText("action")).containsSubsequence("recorded", "work-note",
        "on-hold", "resumed", "escalated", "resolved", "reopened", "resolved", "closed");
    assertThat(as(agent).getForObject("/api/incidents/" + number + "/sla", JsonNode.class)).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "title       | 400 | \"title\": \"VPN drops every hour\", | ",
      "impact      | 400 | \"impact\": 2                        | \"impact\": 4",
      "urgency     | 400 | \"urgency\": 2                       | \"urgency\": \"soon\"",
      "serviceCode | 404 | \"serviceCode\": \"INC-TEST\"       | \"serviceCode\": \"NO-SUCH\"",
      "ciId        | 404 | \"impact\": 2                        | \"ciId\": \"CI-999999\", \"impact\": 2",
      "category    | 400 | \"impact\": 2                        | \"category\": \"Bad Category!\", \"impact\": 2",
  })
  void badInputIsRefusedAndNothingIsCreated(String field, int status, String valid, String invalid) {
    String body = VALID.replace(valid.strip(), invalid == null ? "" : invalid.strip());
    assertThat(body).isNotEqualTo(VALID);
    int incidentsBefore = count("SELECT count(*) FROM itsm_incident");
    long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(IncidentProcess.KEY).count();

    ResponseEntity<JsonNode> response = send(as(agent), POST, "/api/incidents", body);

    assertThat(response.getStatusCode().value()).isEqualTo(status);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    assertThat(count("SELECT count(*) FROM itsm_incident")).isEqualTo(incidentsBefore);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY)
        .count()).isEqualTo(instancesBefore);
  }

  @Test
  void actionsTheStatusDoesNotAllowAre409() {
    String number = create();

    ResponseEntity<JsonNode> resume = send(as(agent), POST, "/api/incidents/" + number + "/resume", "{}");
    assertThat(resume.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(resume.getBody().path("recordStatus").asText()).isEqualTo("new");
    assertThat(send(as(agent), POST, "/api/incidents/" + number + "/close", "{}").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(send(as(agent), POST, "/api/incidents/" + number + "/reopen", "{\"reason\": \"x\"}").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    action(number, "resolve", "{\"resolutionCode\": \"fixed\", \"resolution\": \"Done\"}");
    action(number, "close", "{}");
    for (String closedAction : new String[] {"hold", "escalate", "resolve", "work-notes"}) {
      assertThat(send(as(agent), POST, "/api/incidents/" + number + "/" + closedAction,
          "{\"reason\": \"x\", \"text\": \"x\", \"resolutionCode\": \"x\", \"resolution\": \"x\"}").getStatusCode())
          .as(closedAction).isEqualTo(HttpStatus.CONFLICT);
    }
  }

  @Test
  void actionInputIsValidated() {
    String number = create();

    ResponseEntity<JsonNode> hold = send(as(agent), POST, "/api/incidents/" + number + "/hold", "{}");
    assertThat(hold.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(hold.getBody().path("field").asText()).isEqualTo("reason");
    ResponseEntity<JsonNode> resolve = send(as(agent), POST, "/api/incidents/" + number + "/resolve",
        "{\"resolutionCode\": \"fixed\"}");
    assertThat(resolve.getBody().path("field").asText()).isEqualTo("resolution");
    assertThat(send(as(agent), POST, "/api/incidents/INC-999999/hold", "{\"reason\": \"x\"}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(agent).getForEntity("/api/incidents/INC-999999", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void listFiltersByStatusPriorityServiceAndGroup() {
    String number = create();
    String auditor = user("inc-api-auditor", RoleGroup.AUDITORS.id());

    JsonNode open = as(auditor).getForObject("/api/incidents?status=open&priority=3&service=INC-TEST"
        + "&group=service-desk&size=200", JsonNode.class);
    assertThat(open.findValuesAsText("number")).contains(number);
    assertThat(as(auditor).getForObject("/api/incidents?status=closed&size=200", JsonNode.class)
        .findValuesAsText("number")).doesNotContain(number);
    assertThat(as(auditor).getForObject("/api/incidents?breached=true&size=200", JsonNode.class)
        .findValuesAsText("number")).doesNotContain(number);
    assertThat(as(auditor).getForEntity("/api/incidents?status=sleeping", JsonNode.class).getBody()
        .path("field").asText()).isEqualTo("status");
    assertThat(as(auditor).getForEntity("/api/incidents?size=1000", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void linkAndReclassifyThroughTheApi() {
    String parent = create();
    String child = create();

    JsonNode linked = action(child, "link", "{\"parent\": \"" + parent + "\"}");
    assertThat(linked.path("parentNumber").asText()).isEqualTo(parent);
    assertThat(as(agent).getForObject("/api/incidents/" + parent, JsonNode.class).path("children").toString())
        .contains(child);
    JsonNode reclassified = action(child, "reclassify", "{\"impact\": 1, \"urgency\": 1}");
    assertThat(reclassified.path("priority").asInt()).isEqualTo(1);

    ResponseEntity<JsonNode> self = send(as(agent), POST, "/api/incidents/" + child + "/link",
        "{\"parent\": \"" + child + "\"}");
    assertThat(self.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<JsonNode> missing = send(as(agent), POST, "/api/incidents/" + child + "/link",
        "{\"parent\": \"INC-999999\"}");
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody().path("field").asText()).isEqualTo("parent");
    assertThat(send(as(agent), POST, "/api/incidents/" + child + "/reclassify", "{\"impact\": 9, \"urgency\": 1}")
        .getBody().path("field").asText()).isEqualTo("impact");
  }

  /** The engine's own audit trail names who acted through our API, as it does for Tasklist. */
  @Test
  void historyNamesTheUserWhoActedThroughTheApi() {
    String number = create();
    String processInstanceId = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(IncidentProcess.KEY).processInstanceBusinessKey(number).singleResult().getId();

    action(number, "resolve", "{\"resolutionCode\": \"fixed\", \"resolution\": \"Restarted the VPN gateway\"}");

    var history = engine.getHistoryService();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getStartUserId()).isEqualTo(agent);
    var investigation = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(IncidentProcess.Elements.INVESTIGATE).finished().singleResult();
    assertThat(investigation.getAssignee()).isEqualTo(agent);
    var operations = history.createUserOperationLogQuery().processInstanceId(processInstanceId).list();
    assertThat(operations).extracting(UserOperationLogEntry::getOperationType)
        .contains(UserOperationLogEntry.OPERATION_TYPE_ASSIGN, UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
    assertThat(operations).extracting(UserOperationLogEntry::getUserId).containsOnly(agent);
  }

  @Test
  void onlyIncidentWorkersChangeIncidents() {
    String auditor = user("inc-api-auditor", RoleGroup.AUDITORS.id());

    assertThat(send(as(auditor), POST, "/api/incidents", VALID).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/incidents", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String create() {
    return send(as(agent), POST, "/api/incidents", VALID).getBody().path("number").asText();
  }

  @Test
  void detailsAndQueueChangeThroughTheApiWithTheSameChecksAsThePages() {
    String number = send(as(agent), POST, "/api/incidents", VALID).getBody().path("number").asText();

    JsonNode edited = action(number, "details", "{\"title\": \"Mail client hangs\", \"description\": \"On start\", "
        + "\"category\": \"software\"}");
    ResponseEntity<JsonNode> noGroup = send(as(agent), POST, "/api/incidents/" + number + "/reassign",
        "{\"group\": \"no-such-group\"}");
    JsonNode moved = action(number, "reassign", "{\"group\": \"support-2nd-level\", \"assignee\": \"" + secondLevel
        + "\"}");
    ResponseEntity<JsonNode> longTitle = send(as(secondLevel), POST, "/api/incidents/" + number + "/details",
        "{\"title\": \"" + "x".repeat(201) + "\", \"description\": \"On start\"}");

    assertThat(edited.path("title").asText()).isEqualTo("Mail client hangs");
    assertThat(edited.path("category").asText()).isEqualTo("software");
    assertThat(noGroup.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(noGroup.getBody().path("field").asText()).isEqualTo("group");
    assertThat(moved.path("assignmentGroup").asText()).isEqualTo("support-2nd-level");
    assertThat(longTitle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(longTitle.getBody().path("field").asText()).isEqualTo("title");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult().getAssignee())
        .isEqualTo(secondLevel);
  }

  private JsonNode action(String number, String action, String body) {
    return action(agent, number, action, body);
  }

  private JsonNode action(String user, String number, String action, String body) {
    ResponseEntity<JsonNode> response = send(as(user), POST, "/api/incidents/" + number + "/" + action, body);
    assertThat(response.getStatusCode()).as(action + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }
}
