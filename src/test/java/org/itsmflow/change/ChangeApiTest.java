package org.itsmflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.delete;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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

/** The change REST API as requesters, change managers, CAB members and implementers use it. */
@Iso20000("8.5.1")
class ChangeApiTest extends ApplicationTest {

  private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

  @Autowired JdbcTemplate jdbc;

  private String requester;
  private String manager;
  private String minor;
  private String critical;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(START));
    ChangeProcessTest.ensureFixtures(jdbc, this);
    requester = user("chg-api-requester", RoleGroup.SUPPORT_2ND_LEVEL.id());
    manager = user("chg-api-manager", RoleGroup.CHANGE_MANAGERS.id());
    minor = ChangeProcessTest.service(jdbc, 3);
    critical = ChangeProcessTest.service(jdbc, 1);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aNormalChangeFromRequestToReviewThroughTheApi() {
    ResponseEntity<JsonNode> created = send(as(requester), POST, "/api/changes", rfc(minor, 3, true, 3));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("number").asText();
    assertThat(number).matches("CHG-\\d{6}");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/changes/" + number);
    assertThat(created.getBody().path("status").asText()).isEqualTo("awaiting-authorisation");
    assertThat(created.getBody().path("risk").asText()).isEqualTo("low");
    assertThat(created.getBody().path("authority").asText()).isEqualTo("change-manager");
    assertThat(created.getBody().path("workLog").get(0).path("by").asText()).isEqualTo(requester);

    // Only a change manager may decide it.
    assertThat(send(as(requester), POST, "/api/changes/" + number + "/authorisation",
        "{\"decision\": \"approve\", \"comment\": \"me\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode approved = action(manager, number, "authorisation", "{\"decision\": \"approve\", \"comment\": \"Go\"}");
    assertThat(approved.path("status").asText()).isEqualTo("scheduled");
    assertThat(approved.path("decisions").get(0).path("decidedBy").asText()).isEqualTo(manager);

    JsonNode schedule = as(requester).getForObject("/api/changes/schedule?from=2026-11-27T00:00:00Z&to=2026-12-01T00:00:00Z",
        JsonNode.class);
    assertThat(schedule.path("changes").findValuesAsText("number")).contains(number);
    ResponseEntity<String> ics = as(requester).getForEntity("/api/changes/schedule.ics?from=2026-11-27T00:00:00Z",
        String.class);
    assertThat(ics.getHeaders().getContentType().toString()).startsWith("text/calendar");
    assertThat(ics.getBody()).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:" + number + "@itsm-flow")
        .contains("DTSTART:20261128T080000Z").endsWith("END:VCALENDAR\r\n");

    startImplementation(number);
    JsonNode implemented = action(requester, number, "implementation",
        "{\"outcome\": \"success\", \"notes\": \"Upgraded\"}");
    assertThat(implemented.path("status").asText()).isEqualTo("in-review");
    JsonNode closed = action(manager, number, "review",
        "{\"effectiveness\": \"effective\", \"sideEffects\": \"none\", \"lessons\": \"none\"}");
    assertThat(closed.path("status").asText()).isEqualTo("closed");
    assertThat(closed.path("review").path("reviewedBy").asText()).isEqualTo(manager);
    assertThat(closed.path("workLog").findValuesAsText("action")).containsSubsequence("recorded", "risk-assessed",
        "change-manager", "authorised", "scheduled", "implementation-started", "implemented", "reviewed", "closed");
    // The record holds the request and every step's input; the engine kept what the flow reads.
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().includeDeleted()
        .processInstanceId(closed.path("processInstanceId").asText()).list())
        .extracting(variable -> variable.getName())
        .doesNotContain("description", "serviceCode", "affectedCis", "implementationPlan", "backoutPlan",
            "authorisation", "comment", "notes", "effectiveness", "sideEffects", "lessons")
        .contains("recordNumber", "category", "impact", "risk", "plannedStart", "outcome");
  }

  /**
   * A patch across hundreds of servers: the RFC's CIs travel as one variable of any length (a
   * joined text stops at 4,000 characters), and its forms show as many as fit.
   */
  @Test
  void aChangeMayAffectHundredsOfCis() {
    List<String> ids = IntStream.range(0, 400).mapToObj(i -> "PATCH-%06d".formatted(i)).toList();
    jdbc.batchUpdate("INSERT INTO itsm_ci (id, type_code, name, status, owner_group, under_change_control) "
        + "VALUES (?, 'server', ?, 'ACTIVE', 'service-owners', TRUE)", ids.stream()
        .map(id -> new Object[] {id, "Server " + id}).toList());
    jdbc.batchUpdate("INSERT INTO itsm_ci_service (ci_id, service_code) VALUES (?, ?)", ids.stream()
        .map(id -> new Object[] {id, minor}).toList());
    String body = rfc(minor, 3, true, 3).replace("\"impact\"",
        "\"ciIds\": [\"" + String.join("\", \"", ids) + "\"], \"impact\"");

    ResponseEntity<JsonNode> created = send(as(requester), POST, "/api/changes", body);

    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    JsonNode change = get(created.getBody().path("number").asText());
    assertThat(change.path("affectedCis")).hasSize(400);
    // Its form lists them, shortened, from the record when it opens; the process keeps none of them.
    String instance = change.path("processInstanceId").asText();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    JsonNode form = as(manager).getForObject("/engine-rest/task/" + task + "/form-variables", JsonNode.class);
    assertThat(form.path(ChangeProcess.Variables.AFFECTED_CIS).path("value").asText())
        .hasSizeLessThanOrEqualTo(4000).startsWith("PATCH-000000, ").endsWith(" more");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().includeDeleted()
        .processInstanceId(instance).variableName(ChangeProcess.Variables.AFFECTED_CIS).count()).isZero();
  }

  @Test
  void cabMembersVoteThroughTheApi() {
    String number = create(critical, 2, false, 3);
    assertThat(get(number).path("authority").asText()).isEqualTo("cab");

    assertThat(send(as(manager), POST, "/api/changes/" + number + "/votes",
        "{\"vote\": \"approve\", \"comment\": \"x\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(send(rest.withBasicAuth("cab-anna", PASSWORD), POST, "/api/changes/" + number + "/votes",
        "{\"vote\": \"maybe\", \"comment\": \"x\"}").getBody().path("field").asText()).isEqualTo("vote");
    for (String member : engine.getIdentityService().createUserQuery().memberOfGroup(RoleGroup.CAB.id()).list()
        .stream().map(u -> u.getId()).toList()) {
      user(member);
      ResponseEntity<JsonNode> vote = send(rest.withBasicAuth(member, PASSWORD), POST,
          "/api/changes/" + number + "/votes", "{\"vote\": \"reject\", \"comment\": \"Back-out untested\"}");
      assertThat(vote.getStatusCode()).as(member).isEqualTo(HttpStatus.OK);
    }

    JsonNode rejected = get(number);
    assertThat(rejected.path("status").asText()).isEqualTo("rejected");
    JsonNode resubmitted = action(requester, number, "resubmit", "{\"backoutTested\": true}");
    assertThat(resubmitted.path("revision").asInt()).isEqualTo(2);
    assertThat(resubmitted.path("status").asText()).isEqualTo("awaiting-authorisation");
    JsonNode withdrawn = action(requester, number, "withdraw", "{\"reason\": \"Superseded\"}");
    assertThat(withdrawn.path("status").asText()).isEqualTo("withdrawn");
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "{\"category\": \"normal\"}|400|title",
      "{\"title\": \"t\", \"category\": \"sometimes\"}|400|category",
      "{\"title\": \"t\", \"category\": \"standard\", \"serviceCode\": \"X\"}|400|templateCode",
      "{\"title\": \"t\", \"category\": \"standard\", \"templateCode\": \"NOPE\"}|404|templateCode",
      "{\"title\": \"t\", \"category\": \"normal\", \"description\": \"d\", \"serviceCode\": \"NOPE\", \"impact\": 2, \"implementationPlan\": \"p\", \"backoutPlan\": \"b\", \"plannedStart\": \"2026-12-01T10:00:00Z\", \"plannedEnd\": \"2026-12-01T11:00:00Z\"}|404|serviceCode",
      "{\"title\": \"t\", \"category\": \"normal\", \"description\": \"d\", \"serviceCode\": \"@SVC\", \"impact\": 2, \"implementationPlan\": \"p\", \"backoutPlan\": \"b\", \"ciIds\": [\"CI-999999\"], \"plannedStart\": \"2026-12-01T10:00:00Z\", \"plannedEnd\": \"2026-12-01T11:00:00Z\"}|404|ciIds[0]",
      "{\"title\": \"t\", \"category\": \"normal\", \"description\": \"d\", \"serviceCode\": \"@SVC\", \"impact\": 2, \"implementationPlan\": \"p\", \"backoutPlan\": \"b\", \"plannedStart\": \"2026-12-01T10:00:00Z\", \"plannedEnd\": \"2026-12-01T09:00:00Z\"}|400|plannedEnd",
      "{\"title\": \"t\", \"category\": \"normal\", \"description\": \"d\", \"serviceCode\": \"@SVC\", \"impact\": 2, \"implementationPlan\": \"p\", \"backoutPlan\": \"b\", \"plannedStart\": \"2026-11-01T10:00:00Z\", \"plannedEnd\": \"2026-11-01T11:00:00Z\"}|400|plannedStart",
      "{\"title\": \"t\", \"category\": \"normal\", \"description\": \"d\", \"serviceCode\": \"@SVC\", \"impact\": 2, \"implementationPlan\": \"p\", \"backoutPlan\": \"b\", \"plannedStart\": \"next tuesday\", \"plannedEnd\": \"2026-12-01T11:00:00Z\"}|400|plannedStart",
      "{\"title\": \"t\", \"category\": \"normal\", \"description\": \"d\", \"serviceCode\": \"@SVC\", \"impact\": 7, \"implementationPlan\": \"p\", \"backoutPlan\": \"b\", \"plannedStart\": \"2026-12-01T10:00:00Z\", \"plannedEnd\": \"2026-12-01T11:00:00Z\"}|400|impact",
      "{\"title\": \"t\", \"category\": \"normal\", \"description\": \"d\", \"serviceCode\": \"@SVC\", \"impact\": 2, \"backoutPlan\": \"b\", \"plannedStart\": \"2026-12-01T10:00:00Z\", \"plannedEnd\": \"2026-12-01T11:00:00Z\"}|400|implementationPlan",
      "{\"title\": \"t\", \"category\": \"normal\", \"description\": \"d\", \"serviceCode\": \"@SVC\", \"impact\": 2, \"implementationPlan\": \"p\", \"backoutPlan\": \"b\", \"implementationGroup\": \"no-such-group\", \"plannedStart\": \"2026-12-01T10:00:00Z\", \"plannedEnd\": \"2026-12-01T11:00:00Z\"}|404|implementationGroup",
      "{\"title\": \"t\", \"category\": \"normal\", \"description\": \"d\", \"serviceCode\": \"@SVC\", \"impact\": \"high\"}|400|impact"})
  void badRequestsNameTheFieldAndLeaveNothingBehind(String body, int status, String field) {
    int changesBefore = count("SELECT count(*) FROM itsm_change");
    long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ChangeProcess.KEY).count();

    ResponseEntity<JsonNode> response = send(as(requester), POST, "/api/changes", body.replace("@SVC", minor));

    assertThat(response.getStatusCode().value()).isEqualTo(status);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    assertThat(count("SELECT count(*) FROM itsm_change")).isEqualTo(changesBefore);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ChangeProcess.KEY)
        .count()).isEqualTo(instancesBefore);
  }

  @Test
  void actionsTheStatusDoesNotAllowAre409AndUnknownChangesAre404() {
    String number = create(minor, 3, true, 3);

    ResponseEntity<JsonNode> early = send(as(requester), POST, "/api/changes/" + number + "/implementation",
        "{\"outcome\": \"success\", \"notes\": \"x\"}");
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody().path("recordStatus").asText()).isEqualTo("awaiting-authorisation");
    assertThat(send(as(manager), POST, "/api/changes/" + number + "/review",
        "{\"effectiveness\": \"effective\", \"sideEffects\": \"x\", \"lessons\": \"x\"}").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(send(as(manager), POST, "/api/changes/CHG-999999/authorisation",
        "{\"decision\": \"approve\", \"comment\": \"x\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send(as(manager), POST, "/api/changes/" + number + "/authorisation",
        "{\"decision\": \"perhaps\", \"comment\": \"x\"}").getBody().path("field").asText()).isEqualTo("decision");
    assertThat(send(as(manager), POST, "/api/changes/" + number + "/authorisation",
        "{\"decision\": \"approve\"}").getBody().path("field").asText()).isEqualTo("comment");
    assertThat(send(as(requester), POST, "/api/changes/" + number + "/caused-incidents",
        "{\"incident\": \"INC-999999\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(requester).getForEntity("/api/changes/schedule?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z",
        JsonNode.class).getBody().path("field").asText()).isEqualTo("to");
  }

  @Test
  void onlyTheRolesThatRequestChangesMayWriteThem() {
    String auditor = user("chg-api-auditor", RoleGroup.AUDITORS.id());
    String desk = user("chg-api-desk", RoleGroup.SERVICE_DESK.id());

    assertThat(send(as(auditor), POST, "/api/changes", rfc(minor, 3, true, 3)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(as(desk), POST, "/api/changes", rfc(minor, 3, true, 3)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(auditor).getForEntity("/api/changes", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(send(as(requester), PUT, "/api/change-templates/ANY", "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void changeManagersKeepTemplatesAndFreezes() {
    String template = """
        {"name": "Certificate renewal", "description": "Renew a TLS certificate", "implementationPlan": "Install",
         "backoutPlan": "Reinstall the old certificate"}
        """;
    assertThat(send(as(manager), PUT, "/api/change-templates/TLS-RENEW", template).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(send(as(manager), PUT, "/api/change-templates/TLS-RENEW", template).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(send(as(manager), PUT, "/api/change-templates/TLS-RENEW", "{\"name\": \"x\"}").getBody()
        .path("field").asText()).isEqualTo("description");
    assertThat(send(as(manager), PUT, "/api/change-templates/bad code", template).getBody().path("field").asText())
        .isEqualTo("code");
    ResponseEntity<JsonNode> standard = send(as(requester), POST, "/api/changes", """
        {"title": "Renew the portal certificate", "category": "standard", "templateCode": "TLS-RENEW",
         "serviceCode": "%s", "impact": 3, "plannedStart": "2026-11-26T08:00:00Z", "plannedEnd": "2026-11-26T09:00:00Z"}
        """.formatted(minor));
    assertThat(standard.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(standard.getBody().path("status").asText()).isEqualTo("scheduled");
    assertThat(standard.getBody().path("backoutPlan").asText()).isEqualTo("Reinstall the old certificate");

    ResponseEntity<JsonNode> freeze = send(as(manager), POST, "/api/change-freezes", """
        {"name": "Year end", "startsAt": "2026-12-20T00:00:00Z", "endsAt": "2027-01-03T00:00:00Z",
         "reason": "Financial closing"}
        """);
    assertThat(freeze.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = freeze.getBody().path("id").asLong();
    assertThat(as(requester).getForObject("/api/change-freezes?from=2026-12-01T00:00:00Z", JsonNode.class)
        .findValuesAsText("name")).contains("Year end");
    assertThat(as(requester).getForObject("/api/changes/schedule.ics?from=2026-12-01T00:00:00Z", String.class))
        .contains("UID:freeze-" + id + "@itsm-flow").contains("SUMMARY:Change freeze: Year end");
    assertThat(send(as(manager), POST, "/api/change-freezes", """
        {"name": "Backwards", "startsAt": "2026-12-20T00:00:00Z", "endsAt": "2026-12-19T00:00:00Z"}
        """).getBody().path("field").asText()).isEqualTo("endsAt");
    assertThat(delete(as(manager), "/api/change-freezes/" + id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(delete(as(manager), "/api/change-freezes/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String rfc(String service, int impact, boolean tested, int daysAhead) {
    Instant start = START.plus(Duration.ofDays(daysAhead));
    return """
        {"title": "Upgrade the database", "description": "Minor version upgrade", "category": "normal",
         "serviceCode": "%s", "impact": %d, "implementationPlan": "Upgrade and verify", "backoutPlan": "Restore",
         "backoutTested": %b, "plannedStart": "%s", "plannedEnd": "%s"}
        """.formatted(service, impact, tested, start, start.plus(Duration.ofHours(2)));
  }

  private String create(String service, int impact, boolean tested, int daysAhead) {
    ResponseEntity<JsonNode> created = send(as(requester), POST, "/api/changes", rfc(service, impact, tested, daysAhead));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().path("number").asText();
  }

  private JsonNode get(String number) {
    return as(requester).getForObject("/api/changes/" + number, JsonNode.class);
  }

  private JsonNode action(String user, String number, String action, String body) {
    ResponseEntity<JsonNode> response = send(as(user), POST, "/api/changes/" + number + "/" + action, body);
    assertThat(response.getStatusCode()).as(response.getBody() == null ? "" : response.getBody().toString())
        .isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private void startImplementation(String number) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(get(number).path("processInstanceId")
        .asText()).timers().singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    engine.getManagementService().executeJob(timer.getId());
  }

  private int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }
}
