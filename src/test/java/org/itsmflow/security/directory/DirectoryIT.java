package org.itsmflow.security.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itsmflow.support.ForkedApplication;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ITSM Flow signing people in against a directory (an in-memory LDAP server with the LDIF of
 * src/test/resources/directory): a service desk agent whose membership comes through a nested
 * group works incidents through the API, Tasklist and the workspace, sees its group's queue, and
 * loses all of it when the directory takes it out of the group; an administrator from the
 * directory administers; an employee in no mapped group is a requester.
 */
class DirectoryIT {

  private static final String BASE = "dc=example,dc=org";
  private static final String ALICE = "Desk-Secret-81";
  private static final String BOB = "Level-Secret-82";
  private static final String CAROL = "Admin-Secret-83";
  private static final String DAVE = "Staff-Secret-84";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;

  private InMemoryDirectoryServer directory;
  private ForkedApplication app;

  @BeforeEach
  void startDirectoryAndApplication() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
    config.addAdditionalBindCredentials("cn=itsm-reader", "Reader-Secret-85");
    directory = new InMemoryDirectoryServer(config);
    directory.importFromLDIF(true, Path.of("src/test/resources/directory/people.ldif").toFile());
    directory.startListening();

    Map<String, String> environment = new HashMap<>();
    environment.put("ITSM_DATA_DIR", dataDir.toString());
    environment.put("ITSM_LDAP_URL", "ldap://localhost:" + directory.getListenPort());
    environment.put("ITSM_LDAP_BIND_DN", "cn=itsm-reader");
    environment.put("ITSM_LDAP_BIND_PASSWORD", "Reader-Secret-85");
    environment.put("ITSM_LDAP_BASE_DN", BASE);
    environment.put("ITSM_LDAP_USER_BASE", "ou=people");
    environment.put("ITSM_LDAP_GROUP_BASE", "ou=groups");
    environment.put("ITSM_LDAP_GROUP_MAPPING", Path.of("src/test/resources/directory/groups.properties")
        .toAbsolutePath().toString());
    // The log stays after the run, for a failure's cause.
    Path log = Path.of("target", "directory-it.log");
    java.nio.file.Files.deleteIfExists(log);
    app = ForkedApplication.start(environment, log);
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (directory != null) {
      directory.shutDown(true);
    }
  }

  @Test
  void directoryUsersWorkInTheGroupsTheirDirectoryGroupsGive() throws Exception {
    // The administrator comes from the directory; there is no built-in admin account.
    assertThat(app.send("PUT", "/api/services/LDAP", "carol", CAROL, """
        {"name": "Directory test", "ownerGroup": "service-owners", "criticality": 2, "status": "live",
         "calendarId": "24x7"}
        """).statusCode()).isBetween(200, 201);
    assertThat(app.send("GET", "/api/incidents", "admin", "Anything-42!", null).statusCode()).isEqualTo(401);
    assertThat(names(app.send("GET", "/engine-rest/group?member=alice", "carol", CAROL, null), "id"))
        .containsExactly("service-desk");
    assertThat(names(app.send("GET", "/engine-rest/user?memberOfGroup=service-desk", "carol", CAROL, null), "id"))
        .containsExactly("alice");
    assertThat(names(app.send("GET", "/engine-rest/group?member=carol", "carol", CAROL, null), "id"))
        .containsExactly("camunda-admin");

    // Alice, service desk through "Helpdesk Berlin" nested in "IT Service Desk", records an incident.
    HttpResponse<String> created = app.send("POST", "/api/incidents", "alice", ALICE, """
        {"title": "Scanner offline", "description": "Floor 3", "serviceCode": "LDAP", "impact": 3, "urgency": 2,
         "channel": "phone"}
        """);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String number = JSON.readTree(created.body()).path("number").asText();
    assertThat(app.send("POST", "/api/incidents/" + number + "/work-notes", "alice", "wrong-password", "{}")
        .statusCode()).isEqualTo(401);

    // Tasklist: her group's task is hers to see; 2nd level's Bob does not see the service desk's.
    assertThat(tasks(number, "alice", ALICE)).isOne();
    assertThat(tasks(number, "bob", BOB)).isZero();

    // The workspace: her groups' queue lists the incident; Tasklist, in the same sign-in, her task.
    WorkspaceSession workspace = WorkspaceSession.signIn(app.uri("").toString(), "alice", ALICE);
    assertThat(tasklistTasks(workspace, "alice", number)).isOne();
    assertThat(workspace.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/incidents");
    assertThat(workspace.get("/incidents?view=my-groups").body()).contains(number, "Scanner offline");

    // Dave is in no mapped group: a requester, in the portal only.
    assertThat(app.send("POST", "/api/incidents", "dave", DAVE, """
        {"title": "Coffee machine", "description": "Broken", "serviceCode": "LDAP", "impact": 3, "urgency": 3}
        """).statusCode()).isEqualTo(403);
    assertThat(WorkspaceSession.signIn(app.uri("").toString(), "dave", DAVE).get("/").headers()
        .firstValue("Location").orElseThrow()).endsWith("/portal");

    // The directory takes Alice out of the Berlin helpdesk: from her next request on she is a requester.
    directory.modify("cn=Helpdesk Berlin,ou=groups," + BASE, new Modification(ModificationType.DELETE, "member",
        "uid=alice,ou=people," + BASE));
    assertThat(names(app.send("GET", "/engine-rest/group?member=alice", "carol", CAROL, null), "id")).isEmpty();
    assertThat(app.send("POST", "/api/incidents/" + number + "/work-notes", "alice", ALICE,
        "{\"text\": \"Still here?\"}").statusCode()).isEqualTo(403);
    assertThat(app.send("GET", "/engine-rest/task/count?processInstanceBusinessKey=" + number, "alice", ALICE, null)
        .statusCode()).as("Tasklist's engine API is for staff").isEqualTo(403);
    assertThat(WorkspaceSession.signIn(app.uri("").toString(), "alice", ALICE).get("/").headers()
        .firstValue("Location").orElseThrow()).endsWith("/portal");
  }

  private long tasks(String number, String user, String password) throws Exception {
    HttpResponse<String> count = app.send("GET", "/engine-rest/task/count?processInstanceBusinessKey=" + number,
        user, password, null);
    assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
    return JSON.readTree(count.body()).path("count").asLong();
  }

  /** Tasklist, in the browser session of our sign-in page: who it says is signed in, and the record's tasks. */
  private static long tasklistTasks(WorkspaceSession session, String user, String number) throws Exception {
    session.get("/camunda/app/tasklist/default/");
    HttpResponse<String> who = session.getJson("/camunda/api/admin/auth/user/default");
    assertThat(JSON.readTree(who.body()).path("userId").asText()).as(who.body()).isEqualTo(user);
    assertThat(JSON.readTree(who.body()).path("authorizedApps").toString()).contains("tasklist");
    HttpResponse<String> count = session.getJson("/camunda/api/engine/engine/default/task/count?processInstanceBusinessKey="
        + number);
    assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
    return JSON.readTree(count.body()).path("count").asLong();
  }

  private static List<String> names(HttpResponse<String> response, String field) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode rows = JSON.readTree(response.body());
    return java.util.stream.StreamSupport.stream(rows.spliterator(), false).map(row -> row.path(field).asText())
        .toList();
  }
}
