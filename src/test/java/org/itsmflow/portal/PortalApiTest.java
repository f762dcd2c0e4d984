package org.itsmflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The requester side through its API, from the requester's and from the staff's side: a person in
 * no staff group reaches their own tickets and nothing else.
 */
@Iso20000("8.3.2")
class PortalApiTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;

  private String service;
  private String agent;
  private String admin;

  @BeforeEach
  void setUp() {
    service = Fixtures.service(jdbc, 3);
    agent = user("portal-agent", RoleGroup.SERVICE_DESK.id());
    admin = user("portal-admin", RoleGroup.ADMIN_GROUP);
  }

  @Test
  void aRequesterReportsFollowsReopensConfirmsAndRatesTheirIncident() {
    String requester = user("portal-ann");
    ResponseEntity<JsonNode> created = report(requester, "Printer jams on floor 2");
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("number").asText();
    assertThat(created.getHeaders().getLocation()).hasPath("/api/portal/tickets/" + number);
    assertThat(created.getBody().path("status").asText()).isEqualTo("new");
    assertThat(created.getBody().path("nextStep").asText()).isEqualTo("Received. The service desk will pick it up shortly.");
    assertThat(created.getBody().path("targets").findValuesAsText("name")).contains("resolution");
    assertThat(jdbc.queryForObject("SELECT reported_by || '/' || channel FROM itsm_incident WHERE number = ?",
        String.class, number)).isEqualTo("portal-ann/portal");

    // The requester's own comment is not the service desk's response: the incident stays new.
    JsonNode commented = post(requester, "/api/portal/tickets/" + number + "/comments", "{\"text\": \"Tray 2 only\"}");
    assertThat(commented.path("status").asText()).isEqualTo("new");
    assertThat(commented.path("targets").findValuesAsText("state")).containsOnly("running");

    // Staff write an internal and a public note: the requester reads only the public one.
    note(number, "Checked the fuser unit, internal only", "internal");
    note(number, "A technician comes by at 14:00", "public");
    JsonNode ticket = get(requester, number);
    assertThat(ticket.path("notes").findValuesAsText("text")).containsExactly("Tray 2 only",
        "A technician comes by at 14:00");
    assertThat(ticket.path("status").asText()).isEqualTo("in-progress");
    assertThat(ticket.path("nextStep").asText()).isEqualTo("Being worked on by Service desk.");
    assertThat(texts(ticket.path("actions"))).containsExactly("comment", "attach");

    resolve(number);
    assertThat(texts(get(requester, number).path("actions"))).contains("confirm", "reopen");
    ResponseEntity<JsonNode> noReason = send(as(requester), POST, "/api/portal/tickets/" + number + "/reopen", "{}");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().path("field").asText()).isEqualTo("reason");
    JsonNode reopened = post(requester, "/api/portal/tickets/" + number + "/reopen", "{\"reason\": \"Jams again\"}");
    assertThat(reopened.path("status").asText()).isEqualTo("in-progress");

    resolve(number);
    ResponseEntity<JsonNode> early = send(as(requester), POST, "/api/portal/tickets/" + number + "/rating",
        "{\"rating\": 5}");
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode closed = post(requester, "/api/portal/tickets/" + number + "/confirm", "{}");
    assertThat(closed.path("status").asText()).isEqualTo("closed");
    assertThat(texts(closed.path("actions"))).containsExactly("rate");

    ResponseEntity<JsonNode> outOfScale = send(as(requester), POST, "/api/portal/tickets/" + number + "/rating",
        "{\"rating\": 6}");
    assertThat(outOfScale.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outOfScale.getBody().path("field").asText()).isEqualTo("rating");
    JsonNode rated = post(requester, "/api/portal/tickets/" + number + "/rating",
        "{\"rating\": 4, \"comment\": \"Quick, thanks\"}");
    assertThat(rated.path("rating").path("rating").asInt()).isEqualTo(4);
    assertThat(texts(rated.path("actions"))).isEmpty();
    assertThat(send(as(requester), POST, "/api/portal/tickets/" + number + "/rating", "{\"rating\": 1}")
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    Instant now = Instant.now();
    // Staff read it in the satisfaction report.
    JsonNode report = as(agent).getForObject("/api/reports/satisfaction?from=" + now.minus(1, ChronoUnit.DAYS)
        + "&to=" + now.plus(1, ChronoUnit.DAYS) + "&service=" + service, JsonNode.class);
    assertThat(report.path("rows").get(0).path("key").asText()).isEqualTo(service);
    assertThat(report.path("rows").get(0).path("values").path("average").asDouble()).isEqualTo(4.0);
  }

  @Test
  void aRequesterReachesNothingButTheirOwnTickets() {
    String requester = user("portal-ben");
    String number = report(user("portal-cat"), "Screen flickers").getBody().path("number").asText();

    for (String path : new String[] {"/api/incidents", "/api/incidents/" + number, "/api/cis", "/api/requests",
        "/api/records/" + number + "/attachments", "/api/notifications", "/engine-rest/task", "/api/services"}) {
      assertThat(as(requester).getForEntity(path, String.class).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<JsonNode> other = send(as(requester), GET, "/api/portal/tickets/" + number, null);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(other.getBody().path("detail").asText()).doesNotContain("portal-cat");
    assertThat(send(as(requester), POST, "/api/portal/tickets/" + number + "/comments", "{\"text\": \"me too\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(requester).getForObject("/api/portal/tickets?status=all", JsonNode.class).findValuesAsText("number"))
        .doesNotContain(number);
    // Staff still read it as their role allows.
    assertThat(as(agent).getForEntity("/api/incidents/" + number, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void colleaguesWhoseProfileSaysSoReadTheirOrganisationsTicketsButOnlyTheRequesterActs() {
    String reporter = user("portal-dan");
    String colleague = user("portal-eve");
    String outsider = user("portal-fay");
    profile(reporter, "{\"organisation\": \"Plant Hamburg\"}");
    profile(colleague, "{\"organisation\": \"Plant Hamburg\", \"seesOrganisation\": true}");
    profile(outsider, "{\"organisation\": \"Plant Vienna\", \"seesOrganisation\": true}");
    String number = report(reporter, "Badge reader at gate 4 is dead").getBody().path("number").asText();

    assertThat(get(colleague, number).path("requester").asText()).isEqualTo(reporter);
    assertThat(texts(get(colleague, number).path("actions"))).containsExactly("comment", "attach");
    assertThat(post(colleague, "/api/portal/tickets/" + number + "/comments", "{\"text\": \"Gate 5 too\"}")
        .path("notes").findValuesAsText("text")).contains("Gate 5 too");
    resolve(number);
    ResponseEntity<JsonNode> confirm = send(as(colleague), POST, "/api/portal/tickets/" + number + "/confirm", "{}");
    assertThat(confirm.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(confirm.getBody().path("detail").asText()).contains("Only portal-dan");
    assertThat(send(as(outsider), GET, "/api/portal/tickets/" + number, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // Without the setting the organisation's tickets are not theirs to read.
    profile(colleague, "{\"organisation\": \"Plant Hamburg\", \"seesOrganisation\": false}");
    assertThat(send(as(colleague), GET, "/api/portal/tickets/" + number, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "{\"organisation\": \"x\", \"seesOrganisation\": true, \"managerId\": \"portal-admin\"}|portal-gus|200|",
      "{\"seesOrganisation\": true}|portal-gus|400|seesOrganisation",
      "{\"managerId\": \"nobody-here\"}|portal-gus|404|managerId",
      "{\"managerId\": \"portal-gus\"}|portal-gus|400|managerId",
      "{}|nobody-here|404|"})
  void administratorsKeepProfilesWithTheirChecks(String body, String userId, int status, String field) {
    user("portal-gus");
    ResponseEntity<JsonNode> response = send(as(admin), PUT, "/api/admin/requesters/" + userId, body);
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
    if (field != null) {
      assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    }
    assertThat(send(as(agent), PUT, "/api/admin/requesters/portal-gus", "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "{\"description\": \"d\", \"serviceCode\": \"@S\", \"impact\": 3, \"urgency\": 3}|400|title",
      "{\"title\": \"t\", \"description\": \"d\", \"serviceCode\": \"@S\", \"impact\": 5, \"urgency\": 3}|400|impact",
      "{\"title\": \"t\", \"description\": \"d\", \"serviceCode\": \"@S\", \"impact\": 3}|400|urgency",
      "{\"title\": \"t\", \"description\": \"d\", \"serviceCode\": \"NOPE\", \"impact\": 3, \"urgency\": 3}|404|serviceCode"})
  void badReportsNameTheFieldAndRecordNothing(String body, int status, String field) {
    int before = jdbc.queryForObject("SELECT count(*) FROM itsm_incident", Integer.class);
    ResponseEntity<JsonNode> response = send(as(user("portal-hal")), POST, "/api/portal/incidents",
        body.replace("@S", service));
    assertThat(response.getStatusCode().value()).isEqualTo(status);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_incident", Integer.class)).isEqualTo(before);
  }

  @Test
  void aRequesterOrdersFromTheCatalogueWithTheirManagerAsApproverAndWithdraws() {
    String owner = user("portal-owner", RoleGroup.SERVICE_OWNERS.id());
    String manager = user("portal-boss");
    String requester = user("portal-ida");
    profile(requester, "{\"managerId\": \"" + manager + "\"}");
    String item = "PORTAL-DESK-" + System.nanoTime() % 100000;
    assertThat(send(as(owner), PUT, "/api/request-items/" + item, """
        {"serviceCode": "%s", "name": "Standing desk", "description": "Electric, 160 x 80 cm",
         "fulfilmentGroup": "support-2nd-level", "instructions": "Order from the framework contract",
         "fields": [{"key": "room", "label": "Room", "required": true}, {"key": "note", "label": "Note", "required": false}],
         "approval": "policy", "cost": 640, "priority": 4}
        """.formatted(service)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    JsonNode catalogue = as(requester).getForObject("/api/portal/catalogue", JsonNode.class);
    JsonNode desk = null;
    for (JsonNode entry : catalogue) {
      if (entry.path("code").asText().equals(item)) {
        desk = entry;
      }
    }
    assertThat(desk).isNotNull();
    assertThat(desk.path("cost").decimalValue()).isEqualByComparingTo("640");
    assertThat(desk.path("fields").findValuesAsText("label")).containsExactly("Room", "Note");

    ResponseEntity<JsonNode> missing = send(as(requester), POST, "/api/portal/requests",
        "{\"itemCode\": \"" + item + "\", \"details\": {}}");
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody().path("field").asText()).isEqualTo("details.room");

    ResponseEntity<JsonNode> ordered = send(as(requester), POST, "/api/portal/requests",
        "{\"itemCode\": \"" + item + "\", \"details\": {\"room\": \"B2.14\"}}");
    assertThat(ordered.getStatusCode()).as(String.valueOf(ordered.getBody())).isEqualTo(HttpStatus.CREATED);
    JsonNode request = ordered.getBody();
    String number = request.path("number").asText();
    assertThat(request.path("status").asText()).isEqualTo("awaiting-approval");
    assertThat(request.path("nextStep").asText()).isEqualTo("Waiting for approval by portal-boss.");
    assertThat(request.path("details").path("Room").asText()).isEqualTo("B2.14");
    assertThat(texts(request.path("actions"))).containsExactly("comment", "attach", "withdraw");

    JsonNode withdrawn = post(requester, "/api/portal/tickets/" + number + "/withdraw", "{\"reason\": \"Moved desks\"}");
    assertThat(withdrawn.path("status").asText()).isEqualTo("withdrawn");
    assertThat(send(as(requester), POST, "/api/portal/tickets/" + number + "/withdraw", "{\"reason\": \"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void theRequestersManagerApprovesFromThePortalAndNobodyElseMay() {
    String owner = user("portal-owner", RoleGroup.SERVICE_OWNERS.id());
    String manager = user("portal-lead");
    String requester = user("portal-kai");
    String stranger = user("portal-lou");
    profile(requester, "{\"managerId\": \"" + manager + "\"}");
    String item = "PORTAL-BOOK-" + System.nanoTime() % 100000;
    send(as(owner), PUT, "/api/request-items/" + item, """
        {"serviceCode": "%s", "name": "Training course", "fulfilmentGroup": "support-2nd-level",
         "instructions": "Book it", "fields": [], "approval": "policy", "cost": 900, "priority": 4}
        """.formatted(service));
    String number = send(as(requester), POST, "/api/portal/requests", "{\"itemCode\": \"" + item + "\"}")
        .getBody().path("number").asText();

    assertThat(as(manager).getForObject("/api/portal/approvals", JsonNode.class).findValuesAsText("number"))
        .containsExactly(number);
    assertThat(texts(get(manager, number).path("actions"))).containsExactly("comment", "attach", "approve");
    assertThat(send(as(stranger), POST, "/api/portal/tickets/" + number + "/approval",
        "{\"decision\": \"approve\", \"reason\": \"x\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send(as(requester), POST, "/api/portal/tickets/" + number + "/approval",
        "{\"decision\": \"approve\", \"reason\": \"x\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> noReason = send(as(manager), POST, "/api/portal/tickets/" + number + "/approval",
        "{\"decision\": \"approve\"}");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().path("field").asText()).isEqualTo("reason");

    JsonNode approved = post(manager, "/api/portal/tickets/" + number + "/approval",
        "{\"decision\": \"approve\", \"reason\": \"Fits the team's budget\"}");
    assertThat(approved.path("decision").asText()).isEqualTo("approve");
    assertThat(approved.path("status").asText()).isEqualTo("in-fulfilment");
    assertThat(as(manager).getForObject("/api/portal/approvals", JsonNode.class)).isEmpty();
    // Once decided, the request is the requester's again: the manager no longer reads it.
    assertThat(send(as(manager), GET, "/api/portal/tickets/" + number, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("Task_ApproveRequest").singleResult().getAssignee()).isEqualTo(manager);
  }

  @Test
  void theRequesterReadsAndAnswersTheFulfillersQuestionAndReadsWhyItCannotBeDone() {
    String owner = user("portal-owner", RoleGroup.SERVICE_OWNERS.id());
    String fulfiller = user("portal-fulfiller", RoleGroup.SUPPORT_2ND_LEVEL.id());
    String requester = user("portal-mo");
    String item = "PORTAL-PHONE-" + System.nanoTime() % 100000;
    send(as(owner), PUT, "/api/request-items/" + item, """
        {"serviceCode": "%s", "name": "Desk phone", "fulfilmentGroup": "support-2nd-level",
         "instructions": "Order it", "fields": [], "approval": "never", "cost": 0, "priority": 4}
        """.formatted(service));
    String number = send(as(requester), POST, "/api/portal/requests", "{\"itemCode\": \"" + item + "\"}")
        .getBody().path("number").asText();
    assertThat(send(as(fulfiller), POST, "/api/requests/" + number + "/fulfilment",
        "{\"outcome\": \"need-info\", \"question\": \"Which room?\"}").getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode asked = get(requester, number);
    assertThat(asked.path("nextStep").asText()).isEqualTo("Waiting for your answer: Which room?");
    assertThat(texts(asked.path("actions"))).contains("answer");
    assertThat(asked.path("notes").findValuesAsText("text")).contains("Which room?");
    JsonNode answered = post(requester, "/api/portal/tickets/" + number + "/answer", "{\"answer\": \"B2.14\"}");
    assertThat(answered.path("status").asText()).isEqualTo("in-fulfilment");
    assertThat(send(as(fulfiller), POST, "/api/requests/" + number + "/fulfilment",
        "{\"outcome\": \"cannot-fulfil\", \"notes\": \"The model is discontinued\"}").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    JsonNode cancelled = get(requester, number);
    assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
    assertThat(cancelled.path("nextStep").asText()).isEqualTo("It cannot be done; the updates below say why.");
    assertThat(cancelled.path("notes").findValuesAsText("text")).contains("The model is discontinued");
    // Both reach the requester by e-mail too.
    assertThat(jdbc.queryForList("SELECT body FROM itsm_notification WHERE recipient_user = ? AND record_ref = ? "
        + "AND kind = 'REQUESTER_NOTE' ORDER BY id", String.class, requester, number))
        .anySatisfy(body -> assertThat(body).contains("We need your answer: Which room?"))
        .anySatisfy(body -> assertThat(body).contains("It cannot be done: The model is discontinued"));
  }

  @Test
  void theRequesterSeesPublicFilesOnlyAndTheKnownWorkarounds() {
    String requester = user("portal-jo");
    String number = report(requester, "Scanner sends empty PDFs").getBody().path("number").asText();
    ResponseEntity<JsonNode> mine = upload(requester, "/api/portal/tickets/" + number + "/attachments", "scan.txt");
    assertThat(mine.getStatusCode()).as(String.valueOf(mine.getBody())).isEqualTo(HttpStatus.CREATED);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", file("driver.txt"));
    JsonNode internal = as(agent).postForObject("/api/records/" + number + "/attachments",
        new HttpEntity<>(parts, headers), JsonNode.class);

    JsonNode ticket = get(requester, number);
    assertThat(ticket.path("files").findValuesAsText("fileName")).containsExactly("scan.txt");
    assertThat(as(requester).getForEntity("/api/portal/tickets/" + number + "/attachments/" + internal.path("id").asLong(),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(requester).getForObject(ticket.path("files").get(0).path("href").asText().replace("/portal/tickets",
        "/api/portal/tickets").replace("/files/", "/attachments/"), String.class)).isEqualTo("content of scan.txt");

    String manager = user("portal-problems", RoleGroup.PROBLEM_MANAGERS.id());
    Fixtures.publishKnownError(rest, manager, service, "Scanner firmware drops pages", "Scan at 300 dpi instead");
    JsonNode known = as(requester).getForObject("/api/portal/known-errors?text=scanner firmware", JsonNode.class);
    assertThat(known.findValuesAsText("workaround")).contains("Scan at 300 dpi instead");
  }

  private ResponseEntity<JsonNode> report(String requester, String title) {
    return send(as(requester), POST, "/api/portal/incidents", """
        {"title": "%s", "description": "Since this morning", "serviceCode": "%s", "impact": 3, "urgency": 2}
        """.formatted(title, service));
  }

  private JsonNode get(String user, String number) {
    ResponseEntity<JsonNode> response = send(as(user), GET, "/api/portal/tickets/" + number, null);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private JsonNode post(String user, String path, String body) {
    ResponseEntity<JsonNode> response = send(as(user), POST, path, body);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private void note(String number, String text, String visibility) {
    assertThat(send(as(agent), POST, "/api/incidents/" + number + "/work-notes",
        "{\"text\": \"" + text + "\", \"visibility\": \"" + visibility + "\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private void resolve(String number) {
    ResponseEntity<JsonNode> resolved = send(as(agent), POST, "/api/incidents/" + number + "/resolve",
        "{\"resolutionCode\": \"fixed\", \"resolution\": \"Cleared the paper path\"}");
    assertThat(resolved.getStatusCode()).as(String.valueOf(resolved.getBody())).isEqualTo(HttpStatus.OK);
  }

  private void profile(String userId, String body) {
    assertThat(send(as(admin), PUT, "/api/admin/requesters/" + userId, body).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<JsonNode> upload(String user, String path, String name) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", file(name));
    return as(user).postForEntity(path, new HttpEntity<>(parts, headers), JsonNode.class);
  }

  private static ByteArrayResource file(String name) {
    return new ByteArrayResource(("content of " + name).getBytes()) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  private static java.util.List<String> texts(JsonNode array) {
    java.util.List<String> values = new java.util.ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
