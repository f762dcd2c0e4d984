package org.itsmflow.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The improvement register's API and the nonconformity API, as staff, process owners and action owners use them. */
@Iso20000("10.2")
class ImprovementApiTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anImprovementFromSuggestionToAchievedThroughTheApi() {
    String staff = user("imp-api-staff", RoleGroup.SERVICE_DESK.id());
    String owner = user("imp-api-owner", RoleGroup.PROCESS_OWNERS.id());
    ResponseEntity<JsonNode> created = send(as(staff), POST, "/api/improvements", "{\"title\": \"Chat channel\", "
        + "\"description\": \"Users ask for chat\", \"benefit\": \"high\", \"effort\": \"medium\", \"risk\": \"low\", "
        + "\"alignment\": \"strong\"}");
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("improvement").path("number").asText();
    assertThat(created.getBody().path("improvement").path("priority").asInt()).isEqualTo(1);
    assertThat(created.getBody().path("improvement").path("source").asText()).isEqualTo("suggestion");

    assertThat(send(as(staff), POST, "/api/improvements/" + number + "/decision",
        "{\"decision\": \"approve\", \"reason\": \"x\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // Checked by the task's listener: the engine's wrapping does not hide the field.
    assertField(owner, number, "decision", "{\"decision\": \"approve\", \"reason\": \"x\", \"ownerGroup\": "
        + "\"no-such-group\"}", 404, "ownerGroup");
    action(owner, number, "decision", "{\"decision\": \"approve\", \"reason\": \"Objective 3\"}");
    action(owner, number, "plan", "{\"expectedOutcome\": \"Faster answers\", \"measure\": \"Median response\", "
        + "\"targetValue\": \"2 min\", \"reviewDays\": 14}");
    JsonNode implemented = action(owner, number, "implementation", "{\"notes\": \"Chat live\"}");
    assertThat(implemented.path("improvement").path("status").asText()).isEqualTo("in-review-period");
    assertThat(send(as(owner), POST, "/api/improvements/" + number + "/measurement", "{\"actualValue\": \"1 min\", "
        + "\"actualOutcome\": \"Faster\", \"outcome\": \"achieved\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    String instance = implemented.path("improvement").path("processInstanceId").asText();
    Job review = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().singleResult();
    ClockUtil.setCurrentTime(review.getDuedate());
    engine.getManagementService().executeJob(review.getId());
    assertField(owner, number, "measurement", "{\"actualValue\": \"3 min\", \"actualOutcome\": \"Slower\", "
        + "\"outcome\": \"close\"}", 400, "lessons");
    JsonNode achieved = action(owner, number, "measurement", "{\"actualValue\": \"1 min\", \"actualOutcome\": "
        + "\"Faster\", \"outcome\": \"achieved\"}");
    assertThat(achieved.path("improvement").path("status").asText()).isEqualTo("achieved");
    assertThat(as(staff).getForObject("/api/improvements?status=achieved", JsonNode.class)
        .findValuesAsText("number")).contains(number);
    // The register holds the suggestion, plan and measurement; the engine kept what the flow reads.
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().includeDeleted()
        .processInstanceId(instance).list()).extracting(variable -> variable.getName())
        .doesNotContain("description", "source", "expectedOutcome", "measure", "targetValue", "actualValue",
            "actualOutcome", "lessons", "implementationNotes", "decisionReason", "status")
        .contains("recordNumber", "benefit", "ownerGroup", "reviewAt");
  }

  @Test
  void auditorsChangeNothing() {
    String auditor = user("imp-api-auditor", RoleGroup.AUDITORS.id());
    assertThat(send(as(auditor), POST, "/api/improvements", "{\"title\": \"t\", \"description\": \"d\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(as(auditor), POST, "/api/requests", "{\"itemCode\": \"X\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(auditor).getForEntity("/api/improvements", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {"{\"description\": \"d\"}|400|title", "{\"title\": \"t\"}|400|description",
      "{\"title\": \"t\", \"description\": \"d\", \"source\": \"gossip\"}|400|source",
      "{\"title\": \"t\", \"description\": \"d\", \"benefit\": \"huge\"}|400|benefit",
      "{\"title\": \"t\", \"description\": \"d\", \"alignment\": \"maybe\"}|400|alignment"})
  void badSuggestionsNameTheField(String body, int status, String field) {
    ResponseEntity<JsonNode> response = send(as(user("imp-api-staff", RoleGroup.SERVICE_DESK.id())), POST,
        "/api/improvements", body);
    assertThat(response.getStatusCode().value()).isEqualTo(status);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
  }

  @Test
  void aNonconformityFromAuditFindingToClosureThroughTheApi() {
    String owner = user("nc-api-owner", RoleGroup.PROCESS_OWNERS.id());
    String staff = user("nc-api-staff", RoleGroup.SERVICE_DESK.id());
    String body = "{\"title\": \"No change records for firewall\", \"description\": \"Audit sample 4\", "
        + "\"source\": \"audit-finding\", \"clause\": \"8.5.1\", \"severity\": \"major\"}";
    assertThat(send(as(staff), POST, "/api/nonconformities", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> created = send(as(owner), POST, "/api/nonconformities", body);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("nonconformity").path("number").asText();
    assertThat(number).matches("NC-\\d{6}");

    nc(owner, number, "correction", "{\"text\": \"Changes recorded after the fact\"}");
    assertField(owner, number, "/api/nonconformities/", "correction", "{\"text\": \"again\"}", 409, null);
    nc(owner, number, "cause", "{\"text\": \"Firewall team not trained on change management\"}");
    assertField(owner, number, "/api/nonconformities/", "action", "{\"action\": \"Train\", \"owner\": \"" + owner
        + "\", \"due\": \"yesterday\"}", 400, "due");
    nc(owner, number, "action", "{\"action\": \"Train the firewall team\", \"owner\": \"" + owner
        + "\", \"due\": \"2099-01-31T17:00:00Z\"}");
    JsonNode done = nc(owner, number, "action-done", "{\"text\": \"Training held\"}");
    assertThat(done.path("nonconformity").path("status").asText()).isEqualTo("awaiting-review");
    String instance = done.path("nonconformity").path("processInstanceId").asText();
    Job review = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().singleResult();
    ClockUtil.setCurrentTime(review.getDuedate());
    engine.getManagementService().executeJob(review.getId());
    assertField(owner, number, "/api/nonconformities/", "review", "{\"evidence\": \"x\"}", 400, "effective");
    JsonNode closed = nc(owner, number, "review", "{\"effective\": true, \"evidence\": \"Samples 5-9 complete\"}");
    assertThat(closed.path("nonconformity").path("status").asText()).isEqualTo("closed");
    assertThat(as(staff).getForEntity("/api/nonconformities/NC-999999", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().includeDeleted()
        .processInstanceId(instance).list()).extracting(variable -> variable.getName())
        .doesNotContain("description", "clause", "severity", "correction", "cause", "action", "actionNotes",
            "reviewEvidence", "status", "round")
        .contains("recordNumber", "actionOwner", "actionDue", "effective");
  }

  private JsonNode nc(String user, String number, String action, String body) {
    ResponseEntity<JsonNode> response = send(as(user), POST, "/api/nonconformities/" + number + "/" + action, body);
    assertThat(response.getStatusCode()).as(action + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private JsonNode action(String user, String number, String action, String body) {
    ResponseEntity<JsonNode> response = send(as(user), POST, "/api/improvements/" + number + "/" + action, body);
    assertThat(response.getStatusCode()).as(action + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private void assertField(String user, String number, String action, String body, int status, String field) {
    assertField(user, number, "/api/improvements/", action, body, status, field);
  }

  private void assertField(String user, String number, String base, String action, String body, int status,
      String field) {
    ResponseEntity<JsonNode> response = send(as(user), POST, base + number + "/" + action, body);
    assertThat(response.getStatusCode().value()).as(action + ": " + response.getBody()).isEqualTo(status);
    if (field != null) {
      assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    }
  }
}
