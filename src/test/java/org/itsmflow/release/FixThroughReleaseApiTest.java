package org.itsmflow.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole road of a permanent fix, as an integrator drives it over REST: incidents on one CI, a
 * problem raised from them, root cause and known error, the fix as an RFC, the CAB's approval, a
 * release that bundles it, and the pipeline's deployment result. The change is implemented, the
 * CMDB names it and the problem starts its verification in the request that reports the result.
 */
@Iso20000({"8.5.3", "8.6.3"})
class FixThroughReleaseApiTest extends ApplicationTest {

  private static final Instant START = Instant.parse("2027-10-04T09:00:00Z");
  private static final Instant WINDOW = START.plus(Duration.ofDays(5));

  @Autowired JdbcTemplate jdbc;
  @Autowired ConfigurationItems cis;

  private String agent;
  private String problemManager;
  private String releaseManager;
  private String deployer;
  private String owner;
  private String service;
  private String ci;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(START));
    agent = user("fix-desk", RoleGroup.SERVICE_DESK.id());
    problemManager = user("fix-problem-manager", RoleGroup.PROBLEM_MANAGERS.id());
    releaseManager = user("fix-release-manager", RoleGroup.RELEASE_MANAGERS.id());
    deployer = user("fix-pipeline", RoleGroup.SUPPORT_2ND_LEVEL.id());
    owner = user("fix-service-owner", RoleGroup.SERVICE_OWNERS.id());
    user("fix-cab-member", RoleGroup.CAB.id());
    service = Fixtures.service(jdbc, 1);
    ci = Fixtures.ci(cis, service);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aSuccessfulDeploymentImplementsTheFixAndStartsTheProblemsVerification() {
    List<String> incidents = List.of(incident(), incident(), incident());
    String problem = problemWithKnownError(incidents);
    String change = fixChange(problem);
    String release = acceptedRelease(change);
    openWindow(release);

    ResponseEntity<JsonNode> reported = send(as(deployer), POST, "/api/releases/" + release + "/deployment-result",
        "{\"outcome\": \"success\", \"notes\": \"Pipeline run 88 deployed 2.4.1\"}");

    assertThat(reported.getStatusCode()).as(String.valueOf(reported.getBody())).isEqualTo(HttpStatus.OK);
    JsonNode deployed = reported.getBody();
    assertThat(deployed.path("status").asText()).isEqualTo("early-life-support");
    Instant deployedAt = Instant.parse(deployed.path("deployedAt").asText());
    assertThat(deployedAt).isEqualTo(WINDOW);
    assertThat(deployed.path("changes").get(0).path("status").asText()).isEqualTo("in-review");
    assertThat(deployed.path("changes").get(0).path("outcome").asText()).isEqualTo("successful");

    JsonNode implemented = get("/api/changes/" + change);
    assertThat(implemented.path("status").asText()).isEqualTo("in-review");
    assertThat(implemented.path("outcome").asText()).isEqualTo("successful");
    assertThat(Instant.parse(implemented.path("implementedAt").asText())).isEqualTo(deployedAt);
    assertThat(implemented.path("implementationNotes").asText()).contains(release, "Pipeline run 88");

    JsonNode history = get("/api/cis/" + ci + "/history");
    JsonNode entry = last(history, ConfigurationItems.IMPLEMENTED_CHANGE);
    assertThat(entry.path("newValue").asText()).startsWith(change + ": ").contains("release " + release);
    assertThat(Instant.parse(entry.path("changedAt").asText())).isEqualTo(deployedAt);

    JsonNode verifying = get("/api/problems/" + problem);
    assertThat(verifying.path("status").asText()).isEqualTo("verifying");
    assertThat(Instant.parse(verifying.path("fixedAt").asText())).isEqualTo(deployedAt);
    assertThat(Instant.parse(verifying.path("verifyUntil").asText())).isEqualTo(deployedAt.plus(Duration.ofDays(14)));
    assertThat(verifying.path("fixChange").asText()).isEqualTo(change);
    // The change's review follows on its own schedule; the problem heard of the fix once.
    assertThat(implemented.path("workLog").findValuesAsText("action")).containsOnlyOnce("fix-outcome-sent");
    // The records hold the report, the analysis and the plans; the engine kept what the flows read.
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().includeDeleted()
        .processInstanceId(verifying.path("processInstanceId").asText()).list())
        .extracting(variable -> variable.getName())
        .doesNotContain("description", "incidents", "incidentList", "analyses", "rootCause", "findings",
            "workaround", "implementationPlan", "backoutPlan", "knownWorkaround", "status")
        .contains("recordNumber", "priority", "impact", "urgency", "incidentCount", "verifyUntil");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().includeDeleted()
        .processInstanceId(deployed.path("processInstanceId").asText()).list())
        .extracting(variable -> variable.getName())
        .doesNotContain("description", "changes", "deploymentMode", "requestedBy", "buildVersion", "buildNotes",
            "testEvidence", "deploymentNotes", "changeList", "testHistory", "status", "revision")
        .contains("recordNumber", "windowStart", "deploymentGroup", "deploymentOutcome", "earlyLifeUntil");
  }

  @Test
  void aFailedDeploymentIsRolledBackFailsTheChangeAndReopensTheInvestigation() {
    String problem = problemWithKnownError(List.of(incident()));
    String change = fixChange(problem);
    String release = acceptedRelease(change);
    openWindow(release);

    JsonNode failed = action(deployer, release, "deployment-result",
        "{\"outcome\": \"failed\", \"notes\": \"Migration 12 failed\"}");
    assertThat(failed.path("status").asText()).isEqualTo("rolling-back");
    assertThat(get("/api/changes/" + change).path("status").asText()).isEqualTo("in-release");
    assertThat(get("/api/problems/" + problem).path("status").asText()).isEqualTo("awaiting-fix");

    ClockUtil.setCurrentTime(Date.from(WINDOW.plus(Duration.ofMinutes(20))));
    JsonNode rolledBack = action(deployer, release, "rollback", "{\"notes\": \"Snapshot restored\"}");

    assertThat(rolledBack.path("status").asText()).isEqualTo("awaiting-replan");
    JsonNode changeAfter = get("/api/changes/" + change);
    assertThat(changeAfter.path("outcome").asText()).isEqualTo("failed");
    assertThat(changeAfter.path("status").asText()).isEqualTo("in-review");
    assertThat(Instant.parse(changeAfter.path("implementedAt").asText()))
        .isEqualTo(WINDOW.plus(Duration.ofMinutes(20)));
    JsonNode investigating = get("/api/problems/" + problem);
    assertThat(investigating.path("status").asText()).isEqualTo("investigating");
    assertThat(investigating.path("fixedAt").asText()).as("no fix time").isIn("", "null");
    assertThat(investigating.path("workLog").findValuesAsText("text"))
        .anySatisfy(text -> assertThat(text).contains(change, "failed", "investigate again"));
    assertThat(get("/api/cis/" + ci + "/history").findValuesAsText("field"))
        .doesNotContain(ConfigurationItems.IMPLEMENTED_CHANGE);
  }

  private String incident() {
    ResponseEntity<JsonNode> response = send(as(agent), POST, "/api/incidents", """
        {"title": "Orders time out", "description": "Checkout fails after 30 s", "serviceCode": "%s", "ciId": "%s",
         "impact": 2, "urgency": 2, "reportedBy": "Shop team", "channel": "phone"}
        """.formatted(service, ci));
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
    return response.getBody().path("number").asText();
  }

  /** Raised from the incidents, categorised, root cause found, workaround published as a known error. */
  private String problemWithKnownError(List<String> incidents) {
    ResponseEntity<JsonNode> created = send(as(agent), POST, "/api/problems", """
        {"title": "Checkout times out", "description": "Recurring since the last patch", "incidents": ["%s"]}
        """.formatted(String.join("\", \"", incidents)));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("number").asText();
    action(problemManager, number, "categorisation",
        "{\"decision\": \"accept\", \"category\": \"application\", \"impact\": 2, \"urgency\": 2}", "/api/problems/");
    action(problemManager, number, "rca", "{\"method\": \"five-whys\", \"findings\": \"Pool exhausted\", "
        + "\"rootCause\": \"Connection pool too small\", \"causeCategory\": \"capacity\"}", "/api/problems/");
    JsonNode known = action(problemManager, number, "workaround", "{\"workaround\": \"Restart the app server\"}",
        "/api/problems/");
    String ke = known.path("knownError").path("number").asText();
    assertThat(ke).matches("KE-\\d{6}");
    assertThat(get("/api/incidents/" + incidents.get(0)).path("knownErrors").findValuesAsText("number")).contains(ke);
    return number;
  }

  /** The problem's fix as an RFC, approved by every CAB member (a critical service: the CAB decides). */
  private String fixChange(String problem) {
    Instant plannedStart = START.plus(Duration.ofDays(12));
    JsonNode requested = action(problemManager, problem, "change-request", """
        {"implementationPlan": "Raise the pool to 200", "backoutPlan": "Restore 50", "backoutTested": true,
         "plannedStart": "%s", "plannedEnd": "%s"}
        """.formatted(plannedStart, plannedStart.plus(Duration.ofHours(1))), "/api/problems/");
    assertThat(requested.path("status").asText()).isEqualTo("awaiting-fix");
    String change = requested.path("fixChange").asText();
    assertThat(get("/api/changes/" + change).path("authority").asText()).isEqualTo("cab");
    for (String member : cabMembers()) {
      user(member);
      ResponseEntity<JsonNode> vote = send(as(member), POST, "/api/changes/" + change + "/votes",
          "{\"vote\": \"approve\", \"comment\": \"Tested in staging\"}");
      assertThat(vote.getStatusCode()).as(member + ": " + vote.getBody()).isEqualTo(HttpStatus.OK);
    }
    assertThat(get("/api/changes/" + change).path("status").asText()).isEqualTo("scheduled");
    return change;
  }

  private List<String> cabMembers() {
    List<String> members = new ArrayList<>();
    for (User member : engine.getIdentityService().createUserQuery().memberOfGroup(RoleGroup.CAB.id()).list()) {
      members.add(member.getId());
    }
    return members;
  }

  /** A minor release of the change, deployed by its pipeline: built, tested, accepted by owner and manager. */
  private String acceptedRelease(String change) {
    ResponseEntity<JsonNode> created = send(as(releaseManager), POST, "/api/releases", """
        {"title": "Shop 2.4.1", "description": "Pool size fix", "type": "minor", "changes": ["%s"],
         "windowStart": "%s", "windowEnd": "%s", "deploymentMode": "automated"}
        """.formatted(change, WINDOW, WINDOW.plus(Duration.ofHours(2))));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("number").asText();
    assertThat(get("/api/changes/" + change).path("status").asText()).isEqualTo("in-release");
    action(deployer, number, "build", "{\"version\": \"2.4.1\", \"notes\": \"Tagged\"}");
    action(deployer, number, "tests", "{\"result\": \"passed\", \"evidence\": \"Pipeline run 87\"}");
    action(owner, number, "acceptance", "{\"decision\": \"accept\", \"reason\": \"Shop team agrees\"}");
    JsonNode accepted = action(releaseManager, number, "acceptance", "{\"decision\": \"accept\", \"reason\": \"Go\"}");
    assertThat(accepted.path("status").asText()).isEqualTo("scheduled");
    return number;
  }

  /** The window opens when its timer fires: the clock moves to the window, the job runs. */
  private void openWindow(String release) {
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(release)
        .processDefinitionKey(ReleaseProcess.KEY).singleResult().getId();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance)
        .activityId(ReleaseProcess.Elements.WINDOW_START).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(WINDOW));
    ClockUtil.setCurrentTime(timer.getDuedate());
    engine.getManagementService().executeJob(timer.getId());
  }

  private JsonNode get(String path) {
    ResponseEntity<JsonNode> response = send(as(releaseManager), GET, path, null);
    assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static JsonNode last(JsonNode history, String field) {
    JsonNode found = null;
    for (JsonNode entry : history) {
      if (field.equals(entry.path("field").asText())) {
        found = entry;
      }
    }
    assertThat(found).as("history entry " + field + " in " + history).isNotNull();
    return found;
  }

  private JsonNode action(String user, String number, String action, String body) {
    return action(user, number, action, body, "/api/releases/");
  }

  private JsonNode action(String user, String number, String action, String body, String base) {
    ResponseEntity<JsonNode> response = send(as(user), POST, base + number + "/" + action, body);
    assertThat(response.getStatusCode()).as(action + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
