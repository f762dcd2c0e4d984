package org.itsmflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.request.RequestProcess;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The process trusts only what it derived: each request of the security review (issue 15,
 * finding 2) through the engine REST API and Tasklist's door, refused with record and process
 * intact; what Tasklist needs still works.
 */
class EngineApiGuardTest extends ApplicationTest {

  private static final String INCIDENT = """
      {"title": "Printer jams", "description": "Second floor", "serviceCode": "%s",
       "impact": 3, "urgency": 3, "reportedBy": "someone", "channel": "phone"}
      """;

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  private String agent;
  private String service;

  @BeforeEach
  void setUp() {
    service = Fixtures.service(jdbc, 3);
    agent = user("guard-sd-agent", RoleGroup.SERVICE_DESK.id());
  }

  @Test
  void staffCannotRewriteAVariableOfTheirTask() {
    String number = incident();
    Task task = investigation(number);

    ResponseEntity<JsonNode> response = send(as(agent), PUT,
        "/engine-rest/task/" + task.getId() + "/variables/priority", "{\"value\": \"nonsense\", \"type\": \"String\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody().path("message").asText()).contains("/api");
    assertThat(engine.getTaskService().getVariable(task.getId(), "priority")).isEqualTo(5);
  }

  @Test
  void aCompletionCannotPointTheProcessAtAnotherRecord() {
    String first = incident();
    String second = incident();
    Task task = investigation(first);

    ResponseEntity<JsonNode> response = send(as(agent), POST, "/engine-rest/task/" + task.getId() + "/complete", """
        {"variables": {"recordNumber": {"value": "%s"}, "outcome": {"value": "resolve"},
          "resolutionCode": {"value": "fixed"}, "resolution": {"value": "Cleared the jam"}}}
        """.formatted(second));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("variables.recordNumber");
    assertThat(investigation(first).getId()).isEqualTo(task.getId());
    assertThat(status(first)).isEqualTo("NEW");
    assertThat(status(second)).isEqualTo("NEW");
  }

  @Test
  void aCompletionSetsOnlyItsFormsFieldsWithTheFormsValues() {
    String number = incident();
    Task task = investigation(number);
    String path = "/engine-rest/task/" + task.getId() + "/complete";

    assertThat(send(as(agent), POST, path, """
        {"variables": {"outcome": {"value": "resolve"}, "resolutionCode": {"value": "fixed"},
          "resolution": {"value": "Cleared"}, "slaPaused": {"value": true}}}
        """).getBody().path("field").asText()).isEqualTo("variables.slaPaused");
    assertThat(send(as(agent), POST, path, """
        {"variables": {"outcome": {"value": "close-it"}}}
        """).getBody().path("message").asText()).contains("one of resolve, escalate");
    assertThat(send(as(agent), POST, path, """
        {"variables": {"outcome": {"value": "resolve", "type": "Object",
          "valueInfo": {"serializationDataFormat": "application/x-java-serialized-object"}}}}
        """).getBody().path("message").asText()).contains("type Object is not accepted");
    assertThat(send(as(agent), POST, path, "{\"variables\": {}}").getBody().path("field").asText())
        .isEqualTo("variables.outcome");
    assertThat(investigation(number).getId()).as("still open").isEqualTo(task.getId());

    ResponseEntity<JsonNode> valid = send(as(agent), POST, path, """
        {"variables": {"outcome": {"value": "resolve"}, "resolutionCode": {"value": "fixed"},
          "resolution": {"value": "Cleared the jam"}, "recordNumber": {"value": "%s"}}}
        """.formatted(number));

    assertThat(valid.getStatusCode()).as(String.valueOf(valid.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(status(number)).isEqualTo("RESOLVED");
  }

  @Test
  void someoneWhoMayNotWorkTheTaskGetsTheEnginesAnswerNotItsForm() {
    String number = incident();
    Task task = investigation(number);
    String auditor = user("guard-auditor", RoleGroup.AUDITORS.id());

    ResponseEntity<JsonNode> response = send(as(auditor), POST, "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": {\"outcome\": {\"value\": \"resolve\"}, \"somethingElse\": {\"value\": 1}}}");

    assertThat(response.getStatusCode().value()).isIn(403, 404);
    assertThat(response.getBody().toString()).doesNotContain("its fields are");
    assertThat(investigation(number).getId()).isEqualTo(task.getId());
  }

  @Test
  void staffCannotChangeCandidateGroupsOrDueDates() {
    String number = incident();
    Task task = investigation(number);

    assertThat(send(as(agent), POST, "/engine-rest/task/" + task.getId() + "/identity-links",
        "{\"groupId\": \"auditors\", \"type\": \"candidate\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(as(agent), PUT, "/engine-rest/task/" + task.getId(),
        "{\"name\": \"%s\", \"due\": \"2030-01-01T00:00:00.000+0000\"}".formatted(task.getName()))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .doesNotContain(RoleGroup.AUDITORS.id());
    assertThat(investigation(number).getDueDate()).isEqualTo(task.getDueDate());
  }

  @Test
  void staffCannotTakeATaskFromAColleague() {
    String number = incident();
    Task task = investigation(number);
    String colleague = user("guard-sd-colleague", RoleGroup.SERVICE_DESK.id());
    engine.getTaskService().setAssignee(task.getId(), colleague);

    assertThat(send(as(agent), POST, "/engine-rest/task/" + task.getId() + "/assignee",
        "{\"userId\": \"%s\"}".formatted(agent)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(as(agent), POST, "/engine-rest/task/" + task.getId() + "/unclaim", "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(investigation(number).getAssignee()).isEqualTo(colleague);
  }

  @Test
  void aProcessStartsOnlyThroughItsFormOrTheApi() {
    String owner = user("guard-service-owner", RoleGroup.SERVICE_OWNERS.id());
    String item = requestItem(owner);
    long before = requests();

    ResponseEntity<JsonNode> plainStart = send(as(owner), POST,
        "/engine-rest/process-definition/key/" + RequestProcess.KEY + "/start", """
        {"variables": {"itemCode": {"value": "%s"}, "requestedBy": {"value": "someone-else"},
          "details": {"value": "model: X1"}}}
        """.formatted(item));
    ResponseEntity<JsonNode> forSomeoneElse = send(as(owner), POST,
        "/engine-rest/process-definition/key/" + RequestProcess.KEY + "/submit-form", """
        {"variables": {"itemCode": {"value": "%s"}, "requestedBy": {"value": "someone-else"},
          "details": {"value": "model: X1"}}}
        """.formatted(item));
    ResponseEntity<JsonNode> withBusinessKey = send(as(owner), POST,
        "/engine-rest/process-definition/key/" + RequestProcess.KEY + "/submit-form", """
        {"businessKey": "REQ-999999", "variables": {"itemCode": {"value": "%s"}, "details": {"value": "model: X1"}}}
        """.formatted(item));

    assertThat(plainStart.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forSomeoneElse.getStatusCode()).as(String.valueOf(forSomeoneElse.getBody()))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forSomeoneElse.getBody().path("message").asText()).contains("service-desk");
    assertThat(withBusinessKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<JsonNode> unknownItem = send(as(owner), POST,
        "/engine-rest/process-definition/key/" + RequestProcess.KEY + "/submit-form", """
        {"variables": {"itemCode": {"value": "NO-SUCH-ITEM"}, "details": {"value": "model: X1"}}}
        """);
    assertThat(unknownItem.getStatusCode()).as("the record's own check, inside the engine")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknownItem.getBody().path("message").asText()).contains("NO-SUCH-ITEM");
    assertThat(requests()).isEqualTo(before);

    ResponseEntity<JsonNode> own = send(as(owner), POST,
        "/engine-rest/process-definition/key/" + RequestProcess.KEY + "/submit-form", """
        {"variables": {"itemCode": {"value": "%s"}, "details": {"value": "model: X1"}}}
        """.formatted(item));
    assertThat(own.getStatusCode()).as(String.valueOf(own.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(requests()).isEqualTo(before + 1);
  }

  /** Tasklist's own door (session login, /camunda/api/engine) gets the same checks. */
  @Test
  void tasklistsDoorChecksTheSameAsTheEngineRestApi() throws Exception {
    String number = incident();
    Task task = investigation(number);
    TasklistSession tasklist = new TasklistSession(port, agent, PASSWORD);

    HttpResponse<String> forged = tasklist.post("/camunda/api/engine/engine/default/task/" + task.getId()
        + "/submit-form", "{\"variables\": {\"recordNumber\": {\"value\": \"INC-999999\", \"type\": \"String\"}, "
        + "\"outcome\": {\"value\": \"resolve\", \"type\": \"String\"}}}");
    HttpResponse<String> variable = tasklist.put("/camunda/api/engine/engine/default/task/" + task.getId()
        + "/variables/priority", "{\"value\": 1, \"type\": \"Integer\"}");

    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
    assertThat(forged.body()).contains("recordNumber");
    assertThat(variable.statusCode()).as(variable.body()).isEqualTo(403);
    assertThat(status(number)).isEqualTo("NEW");
    assertThat(engine.getTaskService().getVariable(task.getId(), "priority")).isEqualTo(5);
  }

  @Test
  void engineErrorsNameTheProblemWithoutInternals() {
    ResponseEntity<JsonNode> weakPassword = send(rest.withBasicAuth("admin", "Test-Secret-Pass-1"), POST,
        "/engine-rest/user/create", """
        {"profile": {"id": "guard-weak", "firstName": "Weak", "lastName": "Password"},
         "credentials": {"password": "abc"}}
        """);

    assertThat(weakPassword.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weakPassword.getBody().path("field").asText()).isEqualTo("password");
    assertThat(weakPassword.getBody().path("message").asText()).contains("at least 10 characters");
    assertThat(weakPassword.getBody().toString()).doesNotContainIgnoringCase("exception:").doesNotContain("at org.");
  }

  @Test
  void aJavaSerializedVariableIsA400EvenForAnAdministrator() {
    String number = incident();
    String processInstanceId = investigation(number).getProcessInstanceId();

    ResponseEntity<JsonNode> response = send(rest.withBasicAuth("admin", "Test-Secret-Pass-1"), PUT,
        "/engine-rest/process-instance/" + processInstanceId + "/variables/payload", """
        {"value": "rO0ABXQAA2FiYw==", "type": "Object",
         "valueInfo": {"objectTypeName": "java.lang.String", "serializationDataFormat": "application/x-java-serialized-object"}}
        """);

    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText()).contains("Java-serialized");
    assertThat(engine.getRuntimeService().getVariable(processInstanceId, "payload")).isNull();
  }

  @Test
  void sessionCookiesAreSecureBehindHttps() {
    HttpHeaders https = new HttpHeaders();
    https.set("X-Forwarded-Proto", "https");

    ResponseEntity<String> page = rest.exchange("/login", HttpMethod.GET, new HttpEntity<>(https), String.class);

    assertThat(page.getHeaders().get("Set-Cookie")).isNotEmpty()
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID")).singleElement().asString().contains("Secure");
  }

  private String incident() {
    return send(as(agent), POST, "/api/incidents", INCIDENT.formatted(service)).getBody().path("number").asText();
  }

  private Task investigation(String number) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("Task_InvestigateIncident").singleResult();
  }

  private String status(String number) {
    return jdbc.queryForObject("SELECT status FROM itsm_incident WHERE number = ?", String.class, number);
  }

  private long requests() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RequestProcess.KEY).count();
  }

  private String requestItem(String owner) {
    String item = "GUARD-" + System.nanoTime() % 100000;
    ResponseEntity<JsonNode> created = send(as(owner), PUT, "/api/request-items/" + item, """
        {"serviceCode": "%s", "name": "Laptop", "fulfilmentGroup": "support-2nd-level",
         "instructions": "Image and hand over", "fields": [{"key": "model", "label": "Model", "required": true}],
         "approval": "never", "cost": 900, "priority": 4}
        """.formatted(service));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return item;
  }

  /** Signed in to Tasklist as a browser is: session cookie and Camunda's CSRF token. */
  static final class TasklistSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;

    /** Signs in on our sign-in page; Tasklist takes that session and sets its CSRF cookie. */
    TasklistSession(int port, String user, String password) throws IOException, InterruptedException {
      this.base = "http://localhost:" + port;
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
          HttpResponse.BodyHandlers.ofString());
      String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
          + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
      HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
      client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
          HttpResponse.BodyHandlers.discarding());
      HttpResponse<String> who = client.send(HttpRequest.newBuilder(
          URI.create(base + "/camunda/api/admin/auth/user/default")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(new ObjectMapper().readTree(who.body()).path("userId").asText()).as(who.body()).isEqualTo(user);
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
      return send("POST", path, json);
    }

    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
      return send("PUT", path, json);
    }

    private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
          .header("X-XSRF-TOKEN", token()).method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private String token() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElse("");
    }
  }
}
