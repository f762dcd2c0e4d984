package org.itsmflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.Test;

/**
 * One sign-in for the workspace and Camunda's webapps; HTTP Basic stays for the APIs; forms need
 * their CSRF token; a signed-in user outside every staff group does not reach the workspace.
 */
class WorkspaceSignInTest extends ApplicationTest {

  @Test
  void theWorkspaceSendsAnonymousVisitorsToTheSignInPageNamedItsmFlow() {
    WorkspaceSession anonymous = WorkspaceSession.anonymous(rest.getRootUri());

    HttpResponse<String> list = anonymous.get("/incidents");
    HttpResponse<String> page = anonymous.get("/login");

    assertThat(list.statusCode()).isEqualTo(302);
    assertThat(list.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>ITSM Flow</h1>").contains("name=\"_csrf\"")
        .contains("<label for=\"username\">User name</label>");
  }

  @Test
  void oneSignInOpensTheWorkspaceAndTheWebappsAndCamundasSignOutEndsBoth() {
    String agent = user("ws-agent", RoleGroup.SERVICE_DESK.id());
    WorkspaceSession session = WorkspaceSession.signIn(rest.getRootUri(), agent, PASSWORD);

    assertThat(session.get("/incidents").statusCode()).isEqualTo(200);
    assertThat(session.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    HttpResponse<String> webappUser = session.getJson("/camunda/api/admin/auth/user/default");
    assertThat(webappUser.statusCode()).isEqualTo(200);
    assertThat(webappUser.body()).contains("\"userId\":\"" + agent + "\"").contains("tasklist");

    HttpResponse<String> signOut = session.send(HttpRequest.newBuilder(
            URI.create(rest.getRootUri() + "/camunda/api/admin/auth/user/default/logout"))
        .header("X-XSRF-TOKEN", xsrf(session)).POST(HttpRequest.BodyPublishers.noBody()).build());

    assertThat(signOut.statusCode()).isEqualTo(200);
    assertThat(session.get("/incidents").statusCode()).isEqualTo(302);
    assertThat(session.getJson("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
  }

  @Test
  void signingInLeadsBackToThePageThatAskedNeverToAWebappDataRequest() {
    String agent = user("ws-agent", RoleGroup.SERVICE_DESK.id());
    WorkspaceSession session = WorkspaceSession.anonymous(rest.getRootUri());

    session.get("/problems?status=all");
    assertThat(session.getJson("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
    HttpResponse<String> signedIn = session.signInAs(agent, PASSWORD);

    assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to ->
        assertThat(to).contains("/problems?status=all").doesNotContain("/camunda/api"));
  }

  @Test
  void ourSignOutButtonEndsTheSession() {
    String agent = user("ws-agent", RoleGroup.SERVICE_DESK.id());
    WorkspaceSession session = WorkspaceSession.signIn(rest.getRootUri(), agent, PASSWORD);
    session.get("/incidents");

    HttpResponse<String> signOut = session.post("/logout", Map.of());

    assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?signed-out"));
    assertThat(session.get("/incidents").statusCode()).isEqualTo(302);
  }

  @Test
  void aWrongPasswordShowsTheSignInPageAgainWithoutSigningIn() {
    String agent = user("ws-wrong-password", RoleGroup.SERVICE_DESK.id());
    WorkspaceSession session = WorkspaceSession.anonymous(rest.getRootUri());

    HttpResponse<String> answer = session.signInAs(agent, "Not-The-Password-1");

    assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
    assertThat(session.follow(answer).body()).contains("Wrong user name or password");
    assertThat(session.get("/incidents").statusCode()).isEqualTo(302);
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() {
    String agent = user("ws-agent", RoleGroup.SERVICE_DESK.id());
    WorkspaceSession session = WorkspaceSession.signIn(rest.getRootUri(), agent, PASSWORD);

    HttpResponse<String> forged = session.postRaw("/incidents", Map.of("title", "Forged", "serviceCode", "EMAIL"));
    HttpResponse<String> signInForged = WorkspaceSession.anonymous(rest.getRootUri())
        .postRaw("/login", Map.of("username", agent, "password", PASSWORD));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(signInForged.statusCode()).isEqualTo(403);
  }

  @Test
  void someoneInNoStaffGroupDoesNotReachTheWorkspace() {
    String outsider = user("ws-outsider");
    WorkspaceSession session = WorkspaceSession.signIn(rest.getRootUri(), outsider, PASSWORD);

    HttpResponse<String> list = session.get("/incidents");

    assertThat(list.statusCode()).isEqualTo(403);
    assertThat(list.body()).contains("Your groups do not give you access to this page").doesNotContain("Exception");
  }

  @Test
  void theApisKeepHttpBasicAndAnswer401NotTheSignInPage() {
    String agent = user("ws-agent", RoleGroup.SERVICE_DESK.id());

    assertThat(rest.getForEntity("/api/incidents", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(as(agent).getForEntity("/api/incidents", String.class).getStatusCode().value()).isEqualTo(200);
    assertThat(WorkspaceSession.anonymous(rest.getRootUri()).getJson("/camunda/api/engine/engine/default/task/count")
        .statusCode()).isEqualTo(401);
  }

  private static String xsrf(WorkspaceSession session) {
    HttpResponse<String> page = session.get("/camunda/app/tasklist/default/");
    return page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
        .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElse("");
  }
}
