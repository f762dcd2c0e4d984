package org.itsmflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.itsmflow.platform.InvalidConfigurationException;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bad input gets a 4xx naming the field and never SQL; headers and health as the security review asks. */
class HttpHygieneTest extends ApplicationTest {

  private static final String ADMIN_PASSWORD = "Test-Secret-Pass-1";

  @Autowired JdbcTemplate jdbc;

  private String agent;
  private String service;

  @BeforeEach
  void setUp() {
    agent = user("hygiene-agent", RoleGroup.SERVICE_DESK.id(), RoleGroup.SUPPORT_2ND_LEVEL.id(),
        RoleGroup.PROBLEM_MANAGERS.id());
    service = Fixtures.service(jdbc, 3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/incidents", "/api/changes", "/api/known-errors", "/api/problems"})
  void aHugePageIsRefusedNamingTheField(String list) {
    ResponseEntity<JsonNode> response = send(as(agent), GET, list + "?page=2147483647", null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("page");
    assertThat(response.getBody().toString()).doesNotContainIgnoringCase("select").doesNotContain("SQL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"VPN \u202Egnp.exe", "Bell \u0007 rings", "Null \u0000 byte", "Isolate \u2067x\u2069"})
  void controlCharactersAndDirectionOverridesAreRefused(String title) throws Exception {
    String body = """
        {"title": %s, "description": "d", "serviceCode": "%s", "impact": 3, "urgency": 3,
         "reportedBy": "x", "channel": "phone"}
        """.formatted(new ObjectMapper().writeValueAsString(title), service);

    ResponseEntity<JsonNode> response = send(as(agent), POST, "/api/incidents", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("title");
    assertThat(response.getBody().path("detail").asText()).contains("control character");
  }

  @Test
  void aFractionIsNotStoredAsAnInteger() {
    ResponseEntity<JsonNode> response = send(as(agent), POST, "/api/incidents", """
        {"title": "t", "description": "d", "serviceCode": "%s", "impact": 2.7, "urgency": 3,
         "reportedBy": "x", "channel": "phone"}
        """.formatted(service));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("impact");
  }

  @Test
  void aRequestItemWithThousandsOfFieldsIsRefused() {
    String owner = user("hygiene-owner", RoleGroup.SERVICE_OWNERS.id());
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      fields.add("{\"key\": \"f" + i + "\", \"label\": \"Field " + i + "\"}");
    }

    ResponseEntity<JsonNode> response = send(as(owner), PUT, "/api/request-items/HYGIENE-ITEM", """
        {"serviceCode": "%s", "name": "Many", "fulfilmentGroup": "support-2nd-level", "instructions": "i",
         "fields": [%s], "approval": "never"}
        """.formatted(service, String.join(",", fields)));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("fields");
    assertThat(response.getBody().toString()).doesNotContainIgnoringCase("insert");
  }

  @Test
  void aConflictNamesTheRecordStatusBesideTheHttpStatus() {
    String number = send(as(agent), POST, "/api/incidents", """
        {"title": "t", "description": "d", "serviceCode": "%s", "impact": 3, "urgency": 3,
         "reportedBy": "x", "channel": "phone"}
        """.formatted(service)).getBody().path("number").asText();

    ResponseEntity<JsonNode> response = send(as(agent), POST, "/api/incidents/" + number + "/close", "{}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody().path("status").asInt()).isEqualTo(409);
    assertThat(response.getBody().path("recordStatus").asText()).isEqualTo("new");
  }

  @Test
  void hstsOnlyOverHttpsAndReferrerPolicyAlways() {
    HttpHeaders https = new HttpHeaders();
    https.set("X-Forwarded-Proto", "https");
    ResponseEntity<String> overHttps = as(agent).exchange("/api/incidents", GET, new HttpEntity<>(https), String.class);
    ResponseEntity<String> overHttp = as(agent).getForEntity("/api/incidents", String.class);

    assertThat(overHttps.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=");
    assertThat(overHttp.getHeaders().containsKey("Strict-Transport-Security")).isFalse();
    assertThat(overHttp.getHeaders().getFirst("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders()
        .getFirst("Referrer-Policy")).isEqualTo("same-origin");
  }

  @Test
  void healthShowsDetailsOnlyToAdministrators() {
    ResponseEntity<JsonNode> anonymous = rest.getForEntity("/actuator/health", JsonNode.class);
    ResponseEntity<JsonNode> staff = as(agent).getForEntity("/actuator/health", JsonNode.class);
    ResponseEntity<JsonNode> admin = rest.withBasicAuth("admin", ADMIN_PASSWORD)
        .getForEntity("/actuator/health", JsonNode.class);

    assertThat(anonymous.getBody().path("status").asText()).isEqualTo("UP");
    assertThat(anonymous.getBody().has("components")).isFalse();
    assertThat(staff.getBody().has("components")).isFalse();
    assertThat(admin.getBody().path("components").has("db")).isTrue();
    assertThat(admin.getBody().path("components").path("startup").path("status").asText())
        .as("the start-up work is done").isEqualTo("UP");
    assertThat(rest.getForEntity("/actuator/health/readiness", JsonNode.class).getBody().path("status").asText())
        .isEqualTo("UP");
  }

  @Test
  void anAdminPasswordThatFailsThePolicyStopsStartUpSayingWhichRule() {
    AdminAccount weak = new AdminAccount(engine.getIdentityService(), new AdminAccountProperties("short1A", false));

    assertThatThrownBy(weak::checkConfiguration).isInstanceOf(InvalidConfigurationException.class)
        .hasMessage("ITSM_ADMIN_PASSWORD does not meet the password policy: it needs at least 10 characters, "
            + "needs a special character");
  }
}
