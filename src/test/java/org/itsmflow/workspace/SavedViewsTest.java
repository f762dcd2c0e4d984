package org.itsmflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.Test;

/** Each member of staff keeps named views of the lists; nobody else sees or removes them. */
class SavedViewsTest extends ApplicationTest {

  @Test
  void aSavedViewIsListedForItsOwnerOnlyReplacedByNameAndRemoved() {
    WorkspaceSession owner = WorkspaceSession.signIn(rest.getRootUri(), user("views-owner", RoleGroup.SERVICE_DESK.id()),
        PASSWORD);
    WorkspaceSession colleague = WorkspaceSession.signIn(rest.getRootUri(),
        user("views-colleague", RoleGroup.SERVICE_DESK.id()), PASSWORD);
    owner.get("/incidents?status=all&priority=1");

    HttpResponse<String> saved = owner.post("/views", Map.of("list", "/incidents", "name", "All P1",
        "query", "status=all&priority=1&page=3", "back", "/incidents"));
    String list = owner.follow(saved).body();
    owner.post("/views", Map.of("list", "/incidents", "name", "All P1", "query", "status=all&priority=2",
        "back", "/incidents"));
    String replaced = owner.get("/incidents").body();

    assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(to ->
        assertThat(to).endsWith("/incidents?status=all&priority=1&page=3"));
    assertThat(list).contains("View &#39;All P1&#39; saved").contains("href=\"/incidents?status=all&amp;priority=1\"");
    assertThat(replaced).contains("href=\"/incidents?status=all&amp;priority=2\"").doesNotContain("priority=1\"");
    assertThat(colleague.get("/incidents").body()).doesNotContain("All P1");
    String id = replaced.replaceAll("(?s).*action=\"/views/(\\d+)/remove\".*", "$1");
    colleague.get("/incidents");
    assertThat(colleague.follow(colleague.post("/views/" + id + "/remove", Map.of("back", "/incidents"))).body())
        .contains("Not done:");
    owner.get("/incidents");
    assertThat(owner.follow(owner.post("/views/" + id + "/remove", Map.of("back", "/incidents"))).body())
        .contains("View removed.").doesNotContain(">All P1<");
  }

  @Test
  void aViewOfAnUnknownListOrWithoutANameIsRefusedNamingTheField() {
    WorkspaceSession owner = WorkspaceSession.signIn(rest.getRootUri(), user("views-owner", RoleGroup.SERVICE_DESK.id()),
        PASSWORD);
    owner.get("/problems");

    String unknownList = owner.follow(owner.post("/views", Map.of("list", "/admin", "name", "x", "back", "/problems")))
        .body();
    String noName = owner.follow(owner.post("/views", Map.of("list", "/problems", "name", " ", "back", "/problems")))
        .body();

    assertThat(unknownList).contains("<code>list</code>");
    assertThat(noName).contains("<code>name</code>");
  }
}
