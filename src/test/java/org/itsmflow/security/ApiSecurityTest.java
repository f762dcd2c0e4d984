package org.itsmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.identity.User;
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
  void aPasswordOnceAcceptedIsStillCheckedAgainstTheCurrentAccount() {
    String user = user("sec-repeat-caller", RoleGroup.SERVICE_DESK.id());
    assertThat(as(user).getForEntity("/api/incidents", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as(user).getForEntity("/api/incidents", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    // Taken out of their group: forbidden from the next request.
    engine.getIdentityService().deleteMembership(user, RoleGroup.SERVICE_DESK.id());
    assertThat(as(user).getForEntity("/api/incidents", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    engine.getIdentityService().createMembership(user, RoleGroup.SERVICE_DESK.id());
    assertThat(as(user).getForEntity("/api/incidents", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    // A wrong password is the engine's to count, and the throttling it starts holds for the right one too.
    assertThat(rest.withBasicAuth(user, "not-the-password").getForEntity("/api/incidents", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(jdbc.queryForObject("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = ?", Integer.class, user))
        .isEqualTo(1);
    assertThat(as(user).getForEntity("/api/incidents", String.class).getStatusCode())
        .as("throttled after the failed attempt").isEqualTo(HttpStatus.UNAUTHORIZED);
    jdbc.update("UPDATE ACT_ID_USER SET LOCK_EXP_TIME_ = NULL WHERE ID_ = ?", user);
    assertThat(as(user).getForEntity("/api/incidents", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = ?", Integer.class, user))
        .as("reset by the engine's own check").isZero();

    // A new password: the old one no longer works, at once.
    User account = engine.getIdentityService().createUserQuery().userId(user).singleResult();
    account.setPassword("Battery-Staple-77");
    engine.getIdentityService().saveUser(account);
    assertThat(as(user).getForEntity("/api/incidents", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    jdbc.update("UPDATE ACT_ID_USER SET LOCK_EXP_TIME_ = NULL, ATTEMPTS_ = 0 WHERE ID_ = ?", user);
    assertThat(rest.withBasicAuth(user, "Battery-Staple-77").getForEntity("/api/incidents", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    // Deleted: unknown from the next request.
    engine.getIdentityService().deleteUser(user);
    assertThat(rest.withBasicAuth(user, "Battery-Staple-77").getForEntity("/api/incidents", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
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
