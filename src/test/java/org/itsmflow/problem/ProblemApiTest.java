package org.itsmflow.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The problem and known-error REST API as agents, problem managers and other staff use it. */
@Iso20000("8.6.3")
class ProblemApiTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired ConfigurationItems cis;

  private String agent;
  private String manager;
  private String auditor;
  private String service;
  private String ci;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(ProblemProcessTest.START.plusSeconds(86_400L * 40)));
    agent = user("prb-api-agent", RoleGroup.SERVICE_DESK.id());
    manager = user("prb-api-manager", RoleGroup.PROBLEM_MANAGERS.id());
    auditor = user("prb-api-auditor", RoleGroup.AUDITORS.id());
    service = ProblemProcessTest.service(jdbc, 3);
    ci = ProblemProcessTest.ci(cis, service);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anAgentRaisesAProblemFromAnIncidentAndTheManagerWorksItThroughTheApi() {
    String incident = incident();
    ResponseEntity<JsonNode> created = send(as(agent), POST, "/api/problems",
        "{\"title\": \"VPN drops\", \"description\": \"Every hour\", \"incidents\": [\"" + incident + "\"]}");

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode problem = created.getBody();
    String number = problem.path("number").asText();
    assertThat(number).matches("PRB-\\d{6}");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/problems/" + number);
    assertThat(problem.path("status").asText()).isEqualTo("logged");
    assertThat(problem.path("source").asText()).isEqualTo("incident");
    assertThat(problem.path("serviceCode").asText()).isEqualTo(service);
    assertThat(problem.path("ciIds").get(0).asText()).isEqualTo(ci);
    assertThat(problem.path("incidents").get(0).path("number").asText()).isEqualTo(incident);
    assertThat(problem.path("workLog").get(0).path("by").asText()).isEqualTo(agent);

    // Categorising is the problem managers' task.
    assertThat(send(as(agent), POST, "/api/problems/" + number + "/categorisation",
        "{\"decision\": \"accept\", \"category\": \"network\", \"impact\": 2, \"urgency\": 2}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode accepted = action(manager, number, "categorisation",
        "{\"decision\": \"accept\", \"category\": \"network\", \"impact\": 2, \"urgency\": 2}");
    assertThat(accepted.path("status").asText()).isEqualTo("investigating");
    assertThat(accepted.path("priority").asInt()).isEqualTo(3);
    assertThat(accepted.path("targetAt").asText()).isNotEmpty();

    action(manager, number, "rca", "{\"method\": \"ishikawa\", \"findings\": \"Keepalive too short\", "
        + "\"rootCause\": \"Firewall drops idle sessions\", \"causeCategory\": \"network\"}");
    JsonNode withWorkaround = action(manager, number, "workaround", "{\"workaround\": \"Reconnect the client\"}");
    String ke = withWorkaround.path("knownError").path("number").asText();
    assertThat(ke).matches("KE-\\d{6}");
    assertThat(withWorkaround.path("analyses").get(0).path("recordedBy").asText()).isEqualTo(manager);
    assertThat(withWorkaround.path("rootCause").asText()).isEqualTo("Firewall drops idle sessions");

    // The service desk finds it in the known-error database and on the incident.
    JsonNode found = as(agent).getForObject("/api/known-errors?q=reconnect&service=" + service, JsonNode.class);
    assertThat(found.findValuesAsText("number")).containsExactly(ke);
    assertThat(as(agent).getForObject("/api/known-errors?ci=" + ci, JsonNode.class).findValuesAsText("number"))
        .contains(ke);
    assertThat(as(auditor).getForObject("/api/known-errors/" + ke, JsonNode.class).path("problemNumber").asText())
        .isEqualTo(number);
    JsonNode incidentView = as(agent).getForObject("/api/incidents/" + incident, JsonNode.class);
    assertThat(incidentView.path("problemNumber").asText()).isEqualTo(number);
    assertThat(incidentView.path("knownErrors").get(0).path("workaround").asText()).isEqualTo("Reconnect the client");

    String other = incident();
    JsonNode linked = action(agent, number, "incidents", "{\"incident\": \"" + other + "\"}");
    assertThat(linked.path("incidents").findValuesAsText("number")).containsExactly(incident, other);
    action(agent, number, "work-notes", "{\"text\": \"Firewall vendor contacted\"}");

    JsonNode requested = action(manager, number, "change-request", "{\"implementationPlan\": \"Raise keepalive\", "
        + "\"backoutPlan\": \"Restore old value\", \"backoutTested\": true, \"plannedStart\": \"2027-04-20T20:00:00Z\", "
        + "\"plannedEnd\": \"2027-04-20T21:00:00Z\"}");
    assertThat(requested.path("status").asText()).isEqualTo("awaiting-fix");
    String change = requested.path("fixChange").asText();
    JsonNode rfc = as(manager).getForObject("/api/changes/" + change, JsonNode.class);
    assertThat(rfc.path("problemNumber").asText()).isEqualTo(number);
    assertThat(rfc.path("serviceCode").asText()).isEqualTo(service);

    JsonNode list = as(auditor).getForObject("/api/problems?status=awaiting-fix&service=" + service, JsonNode.class);
    assertThat(list.findValuesAsText("number")).containsExactly(number);
  }

  @Test
  void aProblemClosesWithoutAFixThroughTheApi() {
    String number = accepted();
    JsonNode closed = action(manager, number, "close", "{\"closureCode\": \"duplicate\", \"notes\": \"See the other\"}");

    assertThat(closed.path("status").asText()).isEqualTo("closed");
    assertThat(closed.path("closureCode").asText()).isEqualTo("duplicate");
    ResponseEntity<JsonNode> late = send(as(manager), POST, "/api/problems/" + number + "/workaround",
        "{\"workaround\": \"x\"}");
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody().path("recordStatus").asText()).isEqualTo("closed");
  }

  @Test
  void aFixWithoutAChangeStartsTheReviewPeriod() {
    String number = accepted();
    JsonNode fixed = action(manager, number, "fix", "{\"rootCause\": \"Expired certificate\", "
        + "\"causeCategory\": \"configuration\", \"notes\": \"Certificate renewed by the supplier\"}");

    assertThat(fixed.path("status").asText()).isEqualTo("verifying");
    assertThat(fixed.path("verifyUntil").asText()).isNotEmpty();
  }

  @Test
  void aCandidateIsRejectedWithItsReason() {
    String number = create("{\"title\": \"t\", \"description\": \"d\", \"serviceCode\": \"" + service + "\"}");
    JsonNode rejected = action(manager, number, "categorisation", "{\"decision\": \"reject\", \"reason\": \"Training\"}");

    assertThat(rejected.path("status").asText()).isEqualTo("rejected");
    assertThat(rejected.path("closureNotes").asText()).isEqualTo("Training");
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "{\"description\": \"d\", \"serviceCode\": \"@SVC\"}|400|title",
      "{\"title\": \"t\", \"serviceCode\": \"@SVC\"}|400|description",
      "{\"title\": \"t\", \"description\": \"d\"}|400|serviceCode",
      "{\"title\": \"t\", \"description\": \"d\", \"serviceCode\": \"NOPE\"}|404|serviceCode",
      "{\"title\": \"t\", \"description\": \"d\", \"serviceCode\": \"@SVC\", \"ciIds\": [\"CI-999999\"]}|404|ciIds[0]",
      "{\"title\": \"t\", \"description\": \"d\", \"incidents\": [\"INC-999999\"]}|404|incidents[0]",
      "{\"title\": \"t\", \"description\": \"d\", \"incidents\": [\"yesterday's\"]}|400|incidents[0]",
      "{\"title\": \"t\", \"description\": \"d\", \"serviceCode\": \"@SVC\", \"source\": \"rumour\"}|400|source",
      "{\"title\": \"t\", \"description\": \"d\", \"serviceCode\": \"@SVC\", \"source\": \"trend\"}|400|source",
      "{\"title\": \"t\", \"description\": \"d\", \"serviceCode\": \"@SVC\", \"source\": \"incident\"}|400|incidents"})
  void badReportsNameTheFieldAndLeaveNothingBehind(String body, int status, String field) {
    int before = jdbc.queryForObject("SELECT count(*) FROM itsm_problem", Integer.class);
    long instances = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProblemProcess.KEY)
        .count();

    ResponseEntity<JsonNode> response = send(as(agent), POST, "/api/problems", body.replace("@SVC", service));

    assertThat(response.getStatusCode().value()).isEqualTo(status);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_problem", Integer.class)).isEqualTo(before);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProblemProcess.KEY)
        .count()).isEqualTo(instances);
  }

  @Test
  void badActionsNameTheFieldAndChangeNothing() {
    String number = accepted();

    assertField(manager, number, "categorisation", "{\"decision\": \"maybe\"}", 409, null);
    assertField(manager, number, "rca", "{\"method\": \"guessing\", \"findings\": \"x\"}", 400, "method");
    assertField(manager, number, "rca", "{\"method\": \"five-whys\"}", 400, "findings");
    assertField(manager, number, "rca", "{\"method\": \"five-whys\", \"findings\": \"x\", \"rootCause\": \"y\"}", 400,
        "causeCategory");
    assertField(manager, number, "workaround", "{}", 400, "workaround");
    assertField(manager, number, "fix", "{\"notes\": \"done\"}", 400, "rootCause");
    assertField(manager, number, "fix", "{\"rootCause\": \"x\", \"causeCategory\": \"network\"}", 400, "notes");
    assertField(manager, number, "close", "{\"closureCode\": \"bored\", \"notes\": \"x\"}", 400, "closureCode");
    assertField(manager, number, "change-request", "{\"rootCause\": \"x\", \"causeCategory\": \"network\", "
        + "\"backoutPlan\": \"b\", \"plannedStart\": \"2027-04-20T20:00:00Z\", \"plannedEnd\": \"2027-04-20T21:00:00Z\"}",
        400, "implementationPlan");
    assertField(manager, number, "change-request", "{\"rootCause\": \"x\", \"causeCategory\": \"network\", "
        + "\"implementationPlan\": \"p\", \"backoutPlan\": \"b\", \"plannedStart\": \"soon\"}", 400, "plannedStart");
    assertField(agent, number, "incidents", "{\"incident\": \"INC-999999\"}", 404, "incident");
    // Analyses are for problem managers and 2nd level support.
    assertThat(send(as(agent), POST, "/api/problems/" + number + "/rca",
        "{\"method\": \"five-whys\", \"findings\": \"x\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(as(auditor), POST, "/api/problems/" + number + "/work-notes", "{\"text\": \"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(manager).getForObject("/api/problems/" + number, JsonNode.class).path("status").asText())
        .isEqualTo("investigating");
    assertThat(as(manager).getForObject("/api/problems/" + number, JsonNode.class).path("analyses").size()).isZero();
  }

  @Test
  void anIncidentWaitsOnOneOpenProblemAtATime() {
    String incident = incident();
    String first = create("{\"title\": \"t\", \"description\": \"d\", \"incidents\": [\"" + incident + "\"]}");

    ResponseEntity<JsonNode> second = send(as(agent), POST, "/api/problems",
        "{\"title\": \"t\", \"description\": \"d\", \"incidents\": [\"" + incident + "\"]}");
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody().path("detail").asText()).contains(first);
  }

  @Test
  void unknownRecordsAre404() {
    assertThat(as(agent).getForEntity("/api/problems/PRB-999999", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(agent).getForEntity("/api/known-errors/KE-999999", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send(as(manager), POST, "/api/problems/PRB-999999/workaround", "{\"workaround\": \"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(agent).getForEntity("/api/known-errors?status=gone", JsonNode.class).getBody().path("field")
        .asText()).isEqualTo("status");
    assertThat(as(agent).getForEntity("/api/problems?status=gone", JsonNode.class).getBody().path("field").asText())
        .isEqualTo("status");
  }

  private void assertField(String user, String number, String action, String body, int status, String field) {
    ResponseEntity<JsonNode> response = send(as(user), POST, "/api/problems/" + number + "/" + action, body);
    assertThat(response.getStatusCode().value()).as(action + " " + body + ": " + response.getBody()).isEqualTo(status);
    if (field != null) {
      assertThat(response.getBody().path("field").asText()).as(action + " " + body).isEqualTo(field);
    }
  }

  private String accepted() {
    String number = create("{\"title\": \"t\", \"description\": \"d\", \"serviceCode\": \"" + service
        + "\", \"ciIds\": [\"" + ci + "\"]}");
    action(manager, number, "categorisation", "{\"decision\": \"accept\", \"category\": \"c\", \"impact\": 3, \"urgency\": 3}");
    return number;
  }

  private String create(String body) {
    ResponseEntity<JsonNode> response = send(as(agent), POST, "/api/problems", body);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
    return response.getBody().path("number").asText();
  }

  private String incident() {
    ResponseEntity<JsonNode> response = send(as(agent), POST, "/api/incidents", "{\"title\": \"VPN down\", "
        + "\"description\": \"Drops\", \"serviceCode\": \"" + service + "\", \"ciId\": \"" + ci + "\", "
        + "\"impact\": 3, \"urgency\": 3}");
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
    return response.getBody().path("number").asText();
  }

  private JsonNode action(String user, String number, String action, String body) {
    ResponseEntity<JsonNode> response = send(as(user), POST, "/api/problems/" + number + "/" + action, body);
    assertThat(response.getStatusCode()).as(action + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
