package org.itsmflow.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The release REST API as release managers, deployers, service owners and pipelines use it. */
@Iso20000({"8.5.3", "8.2.6"})
class ReleaseApiTest extends ApplicationTest {

  private static final Instant START = Instant.parse("2027-09-01T09:00:00Z");

  @Autowired JdbcTemplate jdbc;
  @Autowired ConfigurationItems cis;

  private String manager;
  private String deployer;
  private String owner;
  private String auditor;
  private String service;
  private String ci;
  private int changes;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(START));
    manager = user("rel-api-manager", RoleGroup.RELEASE_MANAGERS.id(), RoleGroup.CHANGE_MANAGERS.id());
    deployer = user("rel-api-deployer", RoleGroup.SUPPORT_2ND_LEVEL.id());
    owner = user("rel-api-owner", RoleGroup.SERVICE_OWNERS.id());
    auditor = user("rel-api-auditor", RoleGroup.AUDITORS.id());
    service = Fixtures.service(jdbc, 3);
    ci = Fixtures.ci(cis, service);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anAutomatedReleaseFromPlanToEarlyLifeThroughTheApi() {
    String change = scheduledChange();
    ResponseEntity<JsonNode> created = send(as(manager), POST, "/api/releases", plan("minor", "automated", change));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("number").asText();
    assertThat(number).matches("REL-\\d{6}");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/releases/" + number);
    assertThat(created.getBody().path("status").asText()).isEqualTo("building");
    assertThat(created.getBody().path("changes").get(0).path("status").asText()).isEqualTo("in-release");
    assertThat(created.getBody().path("affectedCis").get(0).asText()).isEqualTo(ci);

    assertThat(send(as(owner), POST, "/api/releases/" + number + "/build", "{\"version\": \"1\", \"notes\": \"n\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    action(deployer, number, "build", "{\"version\": \"3.1.0\", \"notes\": \"Tagged v3.1.0\"}");
    JsonNode tested = action(deployer, number, "tests", "{\"result\": \"passed\", \"evidence\": \"Pipeline run 412\"}");
    assertThat(tested.path("status").asText()).isEqualTo("awaiting-acceptance");
    assertThat(tested.path("tests").get(0).path("testedBy").asText()).isEqualTo(deployer);

    assertThat(send(as(deployer), POST, "/api/releases/" + number + "/acceptance",
        "{\"decision\": \"accept\", \"reason\": \"x\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    action(owner, number, "acceptance", "{\"decision\": \"accept\", \"reason\": \"Users trained\"}");
    JsonNode accepted = action(manager, number, "acceptance", "{\"decision\": \"accept\", \"reason\": \"Ready\"}");
    assertThat(accepted.path("status").asText()).isEqualTo("scheduled");
    assertThat(accepted.path("acceptances").findValuesAsText("groupId"))
        .containsExactlyInAnyOrder(RoleGroup.SERVICE_OWNERS.id(), RoleGroup.RELEASE_MANAGERS.id());
    JsonNode baseline = as(auditor).getForObject("/api/releases/" + number + "/baseline", JsonNode.class);
    assertThat(baseline.get(0).path("ciId").asText()).isEqualTo(ci);
    assertThat(baseline.get(0).path("differences").size()).isZero();

    // Too early: the window has not started.
    ResponseEntity<JsonNode> early = send(as(deployer), POST, "/api/releases/" + number + "/deployment-result",
        "{\"outcome\": \"success\", \"notes\": \"x\"}");
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody().path("recordStatus").asText()).isEqualTo("scheduled");
    runTimer(number);
    JsonNode deployed = action(deployer, number, "deployment-result",
        "{\"outcome\": \"success\", \"notes\": \"Pipeline deployed 3.1.0\"}");
    assertThat(deployed.path("status").asText()).isEqualTo("early-life-support");
    assertThat(deployed.path("deploymentNotes").asText()).isEqualTo("Pipeline deployed 3.1.0");
    assertThat(deployed.path("earlyLifeUntil").asText()).isNotEmpty();

    action(manager, number, "work-notes", "{\"text\": \"Watching the error rate\"}");
    JsonNode list = as(auditor).getForObject("/api/releases?status=early-life-support&type=minor", JsonNode.class);
    assertThat(list.findValuesAsText("number")).contains(number);
  }

  @Test
  void aFailedManualDeploymentIsRolledBackAndCancelledThroughTheApi() {
    String number = createAccepted(scheduledChange());
    runTimer(number);
    action(deployer, number, "deployment-result", "{\"outcome\": \"failed\", \"notes\": \"Schema migration failed\"}");
    JsonNode rolledBack = action(deployer, number, "rollback", "{\"notes\": \"Snapshot restored\"}");
    assertThat(rolledBack.path("status").asText()).isEqualTo("awaiting-replan");
    assertThat(rolledBack.path("changes").get(0).path("outcome").asText()).isEqualTo("failed");

    assertField(manager, number, "replan", "{\"decision\": \"replan\", \"changes\": [], \"windowStart\": "
        + "\"2027-09-10T20:00:00Z\", \"windowEnd\": \"2027-09-10T21:00:00Z\"}", 400, "changes");
    JsonNode cancelled = action(manager, number, "replan", "{\"decision\": \"cancel\", \"reason\": \"Next quarter\"}");
    assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "{\"description\": \"d\", \"type\": \"minor\"}|400|title",
      "{\"title\": \"t\", \"description\": \"d\", \"type\": \"giant\", \"changes\": [\"@CHG\"]}|404|type",
      "{\"title\": \"t\", \"description\": \"d\", \"type\": \"minor\"}|400|changes",
      "{\"title\": \"t\", \"description\": \"d\", \"type\": \"minor\", \"changes\": [\"CHG-999999\"], \"windowStart\": \"2027-09-05T20:00:00Z\", \"windowEnd\": \"2027-09-05T22:00:00Z\"}|404|changes[0]",
      "{\"title\": \"t\", \"description\": \"d\", \"type\": \"minor\", \"changes\": [\"@CHG\"], \"problems\": [\"PRB-999999\"], \"windowStart\": \"2027-09-05T20:00:00Z\", \"windowEnd\": \"2027-09-05T22:00:00Z\"}|404|problems[0]",
      "{\"title\": \"t\", \"description\": \"d\", \"type\": \"minor\", \"changes\": [\"@CHG\"], \"knownErrors\": [\"KE-999999\"], \"windowStart\": \"2027-09-05T20:00:00Z\", \"windowEnd\": \"2027-09-05T22:00:00Z\"}|404|knownErrors[0]",
      "{\"title\": \"t\", \"description\": \"d\", \"type\": \"minor\", \"changes\": [\"@CHG\"], \"windowStart\": \"2027-09-05T20:00:00Z\"}|400|windowEnd",
      "{\"title\": \"t\", \"description\": \"d\", \"type\": \"minor\", \"changes\": [\"@CHG\"], \"windowStart\": \"2027-09-05T20:00:00Z\", \"windowEnd\": \"2027-09-05T19:00:00Z\"}|400|windowEnd",
      "{\"title\": \"t\", \"description\": \"d\", \"type\": \"minor\", \"changes\": [\"@CHG\"], \"windowStart\": \"tonight\", \"windowEnd\": \"2027-09-05T19:00:00Z\"}|400|windowStart",
      "{\"title\": \"t\", \"description\": \"d\", \"type\": \"minor\", \"changes\": [\"@CHG\"], \"windowStart\": \"2027-09-05T20:00:00Z\", \"windowEnd\": \"2027-09-05T22:00:00Z\", \"deploymentMode\": \"magic\"}|400|deploymentMode",
      "{\"title\": \"t\", \"description\": \"d\", \"type\": \"minor\", \"changes\": [\"@CHG\"], \"windowStart\": \"2027-09-05T20:00:00Z\", \"windowEnd\": \"2027-09-05T22:00:00Z\", \"deploymentGroup\": \"nobody\"}|404|deploymentGroup"})
  void badPlansNameTheFieldAndLeaveNothingBehind(String body, int status, String field) {
    String change = scheduledChange();
    int before = jdbc.queryForObject("SELECT count(*) FROM itsm_release", Integer.class);

    ResponseEntity<JsonNode> response = send(as(manager), POST, "/api/releases", body.replace("@CHG", change));

    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_release", Integer.class)).isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT status FROM itsm_change WHERE number = ?", String.class, change))
        .isEqualTo("SCHEDULED");
  }

  @Test
  void aChangeInOneReleaseIsRefusedByAnotherAndOnlyReleaseManagersPlan() {
    String change = scheduledChange();
    createAccepted(change);

    ResponseEntity<JsonNode> second = send(as(manager), POST, "/api/releases", plan("minor", "manual", change));
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody().path("recordStatus").asText()).isEqualTo("in-release");
    assertThat(send(as(deployer), POST, "/api/releases", plan("minor", "manual", scheduledChange())).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void badActionsNameTheFieldOr409() {
    String number = createAccepted(scheduledChange());

    assertField(deployer, number, "build", "{\"version\": \"1\", \"notes\": \"n\"}", 409, null);
    runTimer(number);
    assertField(deployer, number, "deployment-result", "{\"outcome\": \"maybe\", \"notes\": \"n\"}", 400, "outcome");
    assertField(deployer, number, "deployment-result", "{\"outcome\": \"success\"}", 400, "notes");
    assertField(auditor, number, "work-notes", "{\"text\": \"x\"}", 403, null);
    assertThat(as(auditor).getForEntity("/api/releases/REL-999999", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(auditor).getForEntity("/api/releases?status=gone", JsonNode.class).getBody().path("field").asText())
        .isEqualTo("status");
  }

  @Test
  void releaseTypesAreDataKeptByReleaseManagers() {
    JsonNode types = as(auditor).getForObject("/api/release-types", JsonNode.class);
    assertThat(types.findValuesAsText("code")).contains("major", "minor", "emergency");
    String body = "{\"name\": \"Hotfix\", \"acceptance\": \"release-manager\", \"earlyLifeDays\": 3}";

    assertThat(send(as(owner), PUT, "/api/release-types/hotfix-t", body).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> created = send(as(manager), PUT, "/api/release-types/hotfix-t", body);
    assertThat(created.getStatusCode()).isIn(HttpStatus.CREATED, HttpStatus.OK);
    assertThat(created.getBody().path("earlyLifeDays").asInt()).isEqualTo(3);
    assertThat(send(as(manager), PUT, "/api/release-types/hotfix-t", body).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(send(as(manager), PUT, "/api/release-types/hotfix-t",
        "{\"name\": \"Hotfix\", \"acceptance\": \"anyone\", \"earlyLifeDays\": 3}").getBody().path("field").asText())
        .isEqualTo("acceptance");
    // A type without early life support (0 days) is allowed; fewer days or more than a year are not.
    ResponseEntity<JsonNode> none = send(as(manager), PUT, "/api/release-types/hotfix-t",
        "{\"name\": \"Hotfix\", \"acceptance\": \"release-manager\", \"earlyLifeDays\": 0}");
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(none.getBody().path("earlyLifeDays").asInt()).isZero();
    for (int days : new int[] {-1, 366}) {
      ResponseEntity<JsonNode> refused = send(as(manager), PUT, "/api/release-types/hotfix-t",
          "{\"name\": \"Hotfix\", \"acceptance\": \"release-manager\", \"earlyLifeDays\": " + days + "}");
      assertThat(refused.getStatusCode()).as(days + " days").isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().path("field").asText()).isEqualTo("earlyLifeDays");
    }
  }

  private String createAccepted(String change) {
    ResponseEntity<JsonNode> created = send(as(manager), POST, "/api/releases", plan("emergency", "manual", change));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("number").asText();
    action(deployer, number, "build", "{\"version\": \"3.1.1\", \"notes\": \"Hotfix\"}");
    action(deployer, number, "tests", "{\"result\": \"passed\", \"evidence\": \"Smoke tests\"}");
    action(manager, number, "acceptance", "{\"decision\": \"accept\", \"reason\": \"Urgent\"}");
    return number;
  }

  private String plan(String type, String mode, String change) {
    return """
        {"title": "Mail 3.1", "description": "Spam filter update", "type": "%s", "changes": ["%s"],
         "windowStart": "2027-09-05T20:00:00Z", "windowEnd": "2027-09-05T22:00:00Z", "deploymentMode": "%s"}
        """.formatted(type, change, mode);
  }

  /** A low-risk normal change authorised by the change manager over the API. */
  private String scheduledChange() {
    Instant start = START.plus(Duration.ofDays(30 + changes++));
    ResponseEntity<JsonNode> rfc = send(as(manager), POST, "/api/changes", """
        {"title": "Spam filter", "description": "Update", "category": "normal", "serviceCode": "%s", "ciIds": ["%s"],
         "impact": 3, "implementationPlan": "Install", "backoutPlan": "Uninstall", "backoutTested": true,
         "plannedStart": "%s", "plannedEnd": "%s"}
        """.formatted(service, ci, start, start.plus(Duration.ofMinutes(30))));
    String number = rfc.getBody().path("number").asText();
    action(manager, number, "authorisation", "{\"decision\": \"approve\", \"comment\": \"Fine\"}", "/api/changes/");
    return number;
  }

  private void runTimer(String number) {
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance)
        .activityId(ReleaseProcess.Elements.WINDOW_START).singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    engine.getManagementService().executeJob(timer.getId());
  }

  private void assertField(String user, String number, String action, String body, int status, String field) {
    ResponseEntity<JsonNode> response = send(as(user), POST, "/api/releases/" + number + "/" + action, body);
    assertThat(response.getStatusCode().value()).as(action + " " + body + ": " + response.getBody()).isEqualTo(status);
    if (field != null) {
      assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    }
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
