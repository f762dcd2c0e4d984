package org.itsmflow.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every record type has a list and a page in the workspace: what every record has (status, who
 * holds it, files, links, timeline) and its own fields with labels, read by a signed-in agent.
 */
class RecordPagesTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;

  private String service;
  private String manager;
  private WorkspaceSession agent;

  @BeforeEach
  void signIn() {
    service = Fixtures.service(jdbc, 3);
    manager = user("rec-pages-problem-manager", RoleGroup.PROBLEM_MANAGERS.id());
    agent = WorkspaceSession.signIn(rest.getRootUri(), user("rec-pages-agent", RoleGroup.SERVICE_DESK.id()), PASSWORD);
  }

  @Test
  void aProblemIsListedFoundAndShownWithItsFieldsAndItsKnownError() {
    String knownError = Fixtures.publishKnownError(rest, manager, service, "Door readers reboot at noon",
        "Badge in twice");
    String problem = jdbc.queryForObject("SELECT problem_number FROM itsm_known_error WHERE number = ?", String.class,
        knownError);

    String list = agent.get("/problems?q=readers+reboot").body();
    String ended = agent.get("/problems?q=readers+reboot&status=ended").body();
    String page = agent.get("/records/" + problem).body();
    String knownErrors = agent.get("/known-errors?q=badge+in+twice").body();

    assertThat(list).contains(problem).contains("Door readers reboot at noon").contains("Showing 1 to 1 of 1");
    assertThat(ended).contains("Nothing matches.");
    assertThat(page).contains(problem + "</span>: <span>Door readers reboot at noon").contains("Investigating")
        .contains("<dt>Root cause</dt>").contains("Reader firmware predates the new cards")
        .contains("<dt>Service code</dt>").contains("Decision: ").contains("Open the task in Tasklist")
        .doesNotContain("processInstanceId");
    assertThat(knownErrors).contains(knownError).contains("Badge in twice").contains("/records/" + problem);
  }

  @Test
  void everyTypeHasItsListAndAnIncidentsAddressLeadsToItsOwnPage() {
    for (String path : new String[] {"/requests", "/problems", "/changes", "/releases", "/improvements",
        "/nonconformities", "/known-errors"}) {
      HttpResponse<String> list = agent.get(path + "?status=all");
      assertThat(list.statusCode()).as(path).isEqualTo(200);
      assertThat(list.body()).as(path).contains("<h1>");
    }
    HttpResponse<String> incident = agent.get("/records/INC-000001");
    assertThat(incident.statusCode()).isIn(302, 404);
  }

  @Test
  void recordsAreLinkedAndUnlinkedFromTheirPages() {
    String knownError = Fixtures.publishKnownError(rest, manager, service, "Printer queue stalls", "Restart spooler");
    String problem = jdbc.queryForObject("SELECT problem_number FROM itsm_known_error WHERE number = ?", String.class,
        knownError);
    agent.get("/records/" + problem);

    String linked = agent.follow(agent.post("/records/" + problem + "/links", Map.of("kind", "relates-to",
        "to", knownError.replace("KE", "PRB").replace("PRB-", "PRB-9"), "back", "/records/" + problem))).body();
    String refused = agent.follow(agent.post("/records/" + problem + "/links", Map.of("kind", "relates-to",
        "to", problem, "back", "/records/" + problem))).body();
    String other = Fixtures.publishKnownError(rest, manager, service, "Scanner queue stalls", "Restart scanner");
    String otherProblem = jdbc.queryForObject("SELECT problem_number FROM itsm_known_error WHERE number = ?",
        String.class, other);
    String page = agent.follow(agent.post("/records/" + problem + "/links", Map.of("kind", "duplicates",
        "to", otherProblem, "back", "/records/" + problem))).body();

    assertThat(linked).contains("<code>to</code>");
    assertThat(refused).contains("<code>to</code>").contains("a record other than " + problem);
    assertThat(page).contains("Linked to " + otherProblem).contains("Duplicates");
    assertThat(agent.get("/records/" + otherProblem).body()).contains("Duplicated by");
    String id = page.replaceAll("(?s).*action=\"/records/" + problem + "/links/(\\d+)/remove\".*", "$1");
    String unlinked = agent.follow(agent.post("/records/" + problem + "/links/" + id + "/remove",
        Map.of("back", "/records/" + problem))).body();
    assertThat(unlinked).contains("Link removed.");
    WorkspaceSession auditor = WorkspaceSession.signIn(rest.getRootUri(), user("rec-pages-auditor",
        RoleGroup.AUDITORS.id()), PASSWORD);
    auditor.get("/records/" + problem);
    assertThat(auditor.post("/records/" + problem + "/links", Map.of("kind", "relates-to", "to", otherProblem))
        .statusCode()).isEqualTo(403);
  }

  @Test
  void anUnknownRecordOrABadFilterIsSaidPlainly() {
    HttpResponse<String> missing = agent.get("/records/CHG-999999");
    HttpResponse<String> notOurs = agent.get("/records/XYZ-1");
    HttpResponse<String> badDate = agent.get("/changes?from=soon");
    HttpResponse<String> badStatus = agent.get("/changes?status=DROP%20TABLE");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("CHG-999999");
    assertThat(notOurs.statusCode()).isEqualTo(404);
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("must be a date like 2026-12-31");
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertThat(badStatus.body()).contains("status").doesNotContain("SQL");
  }
}
