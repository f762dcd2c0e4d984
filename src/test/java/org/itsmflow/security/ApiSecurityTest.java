package org.itsmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

class ApiSecurityTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void engineRestRequiresAuthentication() {
    ResponseEntity<String> response = rest.getForEntity("/engine-rest/engine", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  @Test
  void ownApiRequiresAuthentication() {
    ResponseEntity<String> response = rest.postForEntity("/api/admin/deployments", null, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void wrongPasswordIsRejected() {
    // A user of its own: the engine throttles a user after a failed login.
    String user = user("sec-wrong-password", RoleGroup.SERVICE_DESK.id());

    ResponseEntity<String> response = rest.withBasicAuth(user, "not-the-password")
        .getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // The failed attempt is kept (it throttles the next login), though authentication failed.
    assertThat(jdbc.queryForObject("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = ?", Integer.class, user))
        .isEqualTo(1);
  }

  @Test
  void staffUserReachesTheEngineApi() {
    String agent = user("sec-agent", RoleGroup.SERVICE_DESK.id());

    ResponseEntity<String> response = as(agent).getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void wrongGroupGetsForbiddenOnAdminApi() {
    String agent = user("sec-agent", RoleGroup.SERVICE_DESK.id());

    ResponseEntity<String> response = as(agent).postForEntity("/api/admin/deployments", null, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("sec-agent");
  }

  @Test
  void engineFiltersWhatAGroupMayNotRead() {
    String agent = user("sec-agent", RoleGroup.SERVICE_DESK.id());

    assertThat(as(agent).getForObject("/engine-rest/deployment", String.class)).isEqualTo("[]");
    ResponseEntity<String> users = as(agent).getForEntity("/engine-rest/user", String.class);
    assertThat(users.getBody()).contains("sec-agent").doesNotContain("\"admin\"");
  }

  @Test
  void engineRefusesDeploymentByWrongGroup() {
    String agent = user("sec-agent", RoleGroup.SERVICE_DESK.id());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "sneaky");
    body.add("data", new ByteArrayResource("<definitions/>".getBytes()) {
      @Override
      public String getFilename() {
        return "sneaky.bpmn";
      }
    });

    ResponseEntity<String> response = as(agent).exchange("/engine-rest/deployment/create", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void healthIsPublicButOtherActuatorEndpointsAreForAdmins() {
    String agent = user("sec-agent", RoleGroup.SERVICE_DESK.id());

    assertThat(rest.getForEntity("/actuator/health", String.class).getBody()).contains("UP");
    assertThat(rest.getForEntity("/actuator/info", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as(agent).getForEntity("/actuator/info", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth(AdminAccount.USER_ID, "Test-Secret-Pass-1")
        .getForEntity("/actuator/info", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void webappDataRequiresTheWebappLogin() {
    ResponseEntity<String> response = rest.getForEntity(
        "/camunda/api/engine/engine/default/task/count", String.class);

    assertThat(response.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
  }

  @Test
  void pagesAskAnonymousVisitorsToSignIn() {
    HttpResponse<String> console = WorkspaceSession.anonymous(rest.getRootUri()).get("/h2-console");

    assertThat(console.statusCode()).isEqualTo(302);
    assertThat(console.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
  }
}
