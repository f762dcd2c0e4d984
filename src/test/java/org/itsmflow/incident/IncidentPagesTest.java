package org.itsmflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.record.RecordVariables;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workspace's incident pages as a signed-in agent uses them over HTTP: every form goes
 * through the same actions and checks as the API, a refusal comes back to the page naming the
 * field with what was typed kept, and nothing is half-written.
 */
@Iso20000("8.6.1")
class IncidentPagesTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired ConfigurationItems cis;
  @Autowired RecordVariables recordVariables;

  private String service;
  private WorkspaceSession agent;

  @BeforeEach
  void signIn() {
    service = Fixtures.service(jdbc, 3);
    agent = WorkspaceSession.signIn(rest.getRootUri(), user("pages-agent", RoleGroup.SERVICE_DESK.id()), PASSWORD);
  }

  @Test
  void aNewIncidentShowsItsNumberAtOnceWithTheDecisionsInItsTimeline() {
    HttpResponse<String> created = logIncident(Map.of("title", "VPN drops every hour"));

    assertThat(created.statusCode()).isEqualTo(302);
    String number = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/incidents/", "");
    assertThat(number).matches("INC-\\d{6}");
    String page = agent.follow(created).body();
    assertThat(page).contains("<strong>" + number + "</strong> is logged. Give the caller this number.")
        .contains("VPN drops every hour").contains("Priority P3").contains("Jane Roe")
        .contains("Decision: Incident priority").contains("Impact 2, Urgency 2 → Priority 3")
        .contains("Task opened: Investigate and diagnose").contains("Open the task in Tasklist");
    assertThat(agent.get("/incidents/" + number).body()).doesNotContain("is logged. Give the caller");
  }

  @Test
  void aRefusedNewIncidentNamesTheFieldKeepsWhatWasTypedAndWritesNothing() {
    long before = incidents();

    HttpResponse<String> refused = logIncident(Map.of("title", "Keyboard dead", "impact", "7"));
    assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/incidents/new"));
    String page = agent.follow(refused).body();
    HttpResponse<String> unknownService = logIncident(Map.of("title", "Keyboard dead", "serviceCode", "NO-SUCH"));

    assertThat(page).contains("Not done:").contains("<code>impact</code>").contains("value=\"Keyboard dead\"");
    assertThat(agent.follow(unknownService).body()).contains("<code>serviceCode</code>");
    assertThat(incidents()).isEqualTo(before);
  }

  @Test
  void holdShowsOnThePageAndInTheListAndResumeIsRefusedUnlessHeld() {
    String number = number(logIncident(Map.of("title", "Scanner offline")));

    HttpResponse<String> resume = act(number, "resume", Map.of());
    assertThat(agent.follow(resume).body()).contains("Not done:").contains("resume");
    act(number, "hold", Map.of("reason", "Waiting for the caller"));

    assertThat(agent.get("/incidents/" + number).body()).contains("On hold: the SLA clock is paused")
        .contains("badge status-on-hold").contains("Resume work");
    assertThat(agent.get("/incidents?service=" + service).body()).contains(number).contains("On hold");
    assertThat(status(number)).isEqualTo("ON_HOLD");
  }

  @Test
  void theListSearchesTheWorkNotesFiltersAndPages() {
    String noted = number(logIncident(Map.of("title", "Monitor flickers")));
    act(noted, "work-note", Map.of("text", "Cable swapped with a spare xq-77", "visibility", "internal"));
    for (int i = 0; i < 26; i++) {
      logIncident(Map.of("title", "Mass incident " + i));
    }

    String found = agent.get("/incidents?q=XQ-77&status=all").body();
    String first = agent.get("/incidents?service=" + service).body();
    String second = agent.get("/incidents?service=" + service + "&page=1").body();

    assertThat(found).contains(noted).contains("Showing 1 to 1 of 1 incidents");
    assertThat(first).contains("Showing 1 to 25 of 27 incidents").contains("Next page");
    assertThat(second).contains("Showing 26 to 27 of 27 incidents").contains("Previous page");
    assertThat(agent.get("/incidents?service=" + service + "&priority=1").body()).contains("No incident matches.");
  }

  @Test
  void badListParametersAnswer400NamingTheParameter() {
    HttpResponse<String> sort = agent.get("/incidents?sort=sideways");
    HttpResponse<String> date = agent.get("/incidents?from=yesterday");

    assertThat(sort.statusCode()).isEqualTo(400);
    assertThat(sort.body()).contains("sort").doesNotContain("Exception");
    assertThat(date.statusCode()).isEqualTo(400);
    assertThat(date.body()).contains("must be a date like 2026-12-31");
  }

  @Test
  void anUnknownIncidentIsA404Page() {
    HttpResponse<String> page = agent.get("/incidents/INC-999999");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Not found").contains("INC-999999").doesNotContain("at org.");
  }

  @Test
  void datesShowInTheViewersZoneWithItsName() {
    String number = number(logIncident(Map.of("title", "Clock test")));

    String tokyo = agent.inZone("Asia/Tokyo").get("/incidents/" + number).body();
    String nowhere = agent.inZone("Mars/Olympus").get("/incidents/" + number).body();

    assertThat(tokyo).contains(" JST").contains("times in Asia/Tokyo");
    assertThat(nowhere).doesNotContain("Mars/Olympus");
  }

  @Test
  void aFormCannotSendTheBrowserToAnotherSite() {
    String number = number(logIncident(Map.of("title", "Redirect test")));

    HttpResponse<String> answer = agent.post("/incidents/" + number + "/resume", Map.of("back", "//evil.example/x"));

    assertThat(answer.headers().firstValue("Location")).isEmpty();
    assertThat(answer.statusCode()).isEqualTo(409);
  }

  @Test
  void filesAreAttachedDownloadedAndRemovedFromTheRecordPage() {
    String number = number(logIncident(Map.of("title", "Crash log attached")));
    agent.get("/incidents/" + number);

    HttpResponse<String> attached = agent.postFile("/records/" + number + "/attachments",
        Map.of("back", "/incidents/" + number, "visibility", "public"), "crash.txt", "text/plain",
        "segfault at 0x0".getBytes(StandardCharsets.UTF_8));
    String page = agent.follow(attached).body();
    String href = page.replaceAll("(?s).*href=\"(/records/" + number + "/attachments/\\d+)\".*", "$1");
    HttpResponse<String> file = agent.get(href);

    assertThat(page).contains("crash.txt attached.").contains("15 bytes, visible to the caller");
    assertThat(file.body()).isEqualTo("segfault at 0x0");
    assertThat(file.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"crash.txt\"");
    HttpResponse<String> removed = agent.post(href + "/remove", Map.of("back", "/incidents/" + number));
    assertThat(agent.follow(removed).body()).contains("crash.txt removed.").contains("No files attached.");
  }

  @Test
  void aRefusedFileComesBackToThePageAndNothingIsAttached() {
    String number = number(logIncident(Map.of("title", "Program attached")));
    agent.get("/incidents/" + number);

    HttpResponse<String> refused = agent.postFile("/records/" + number + "/attachments",
        Map.of("back", "/incidents/" + number), "tool.exe", "application/x-msdownload", new byte[] {77, 90, 0});

    assertThat(agent.follow(refused).body()).contains("Not done:").contains("<code>file</code>")
        .contains("No files attached.");
  }

  @Test
  void thePagesFormsAskForTheSameGroupsAsTheApi() {
    WorkspaceSession changeManager = WorkspaceSession.signIn(rest.getRootUri(),
        user("pages-change-manager", RoleGroup.CHANGE_MANAGERS.id()), PASSWORD);
    WorkspaceSession auditor = WorkspaceSession.signIn(rest.getRootUri(),
        user("pages-auditor", RoleGroup.AUDITORS.id()), PASSWORD);
    String number = number(logIncident(Map.of("title", "Who may act")));
    long before = incidents();

    changeManager.get("/incidents/" + number);
    HttpResponse<String> logged = changeManager.post("/incidents", Map.of("title", "Not theirs", "back", "/incidents/new"));
    auditor.get("/incidents/" + number);
    HttpResponse<String> noted = auditor.post("/incidents/" + number + "/work-note", Map.of("text", "audit"));
    HttpResponse<String> file = auditor.postFile("/records/" + number + "/attachments",
        Map.of("back", "/incidents/" + number), "a.txt", "text/plain", new byte[] {65});

    assertThat(changeManager.get("/incidents/" + number).statusCode()).isEqualTo(200);
    assertThat(logged.statusCode()).isEqualTo(403);
    assertThat(noted.statusCode()).isEqualTo(403);
    assertThat(file.statusCode()).isEqualTo(403);
    assertThat(incidents()).isEqualTo(before);
  }

  @Test
  void anAgentFindsAKnownErrorAndAppliesItsWorkaroundWithOneClick() {
    String knownError = Fixtures.publishKnownError(rest, user("pages-problem-manager", RoleGroup.PROBLEM_MANAGERS.id()),
        service, "Badge reader rejects new cards", "Re-encode the card at the desk");
    String number = number(logIncident(Map.of("title", "My new badge does not open door 3")));

    String shown = agent.get("/incidents/" + number).body();
    String searched = agent.get("/incidents/" + number + "?ke=re-encode&keScope=service").body();
    String nothing = agent.get("/incidents/" + number + "?ke=printer&keScope=all").body();
    HttpResponse<String> applied = act(number, "known-error", Map.of("knownError", knownError));
    String page = agent.follow(applied).body();

    assertThat(shown).contains(knownError).contains("Published for its service");
    assertThat(searched).contains(knownError).contains("Link and apply the workaround");
    assertThat(nothing).contains("No known error matches.");
    assertThat(page).contains("the workaround is in the work log").contains("Re-encode the card at the desk")
        .contains("Problem: <span>");
    assertThat(jdbc.queryForObject("SELECT visibility FROM itsm_work_log WHERE number = ? AND action = 'work-note'",
        String.class, number)).isEqualTo("public");
    HttpResponse<String> unknown = act(number, "known-error", Map.of("knownError", "KE-999999"));
    assertThat(agent.follow(unknown).body()).contains("<code>knownError</code>");
  }

  @Test
  void detailsAreCorrectedWithTheChangeInTheWorkLogAndInTasklistsCopy() {
    String number = number(logIncident(Map.of("title", "Printr jams")));

    HttpResponse<String> edited = act(number, "details", Map.of("title", "Printer jams", "description", "Tray 2",
        "category", "hardware", "ciId", ""));
    assertThat(agent.follow(edited).body()).contains("Details saved").contains("Printer jams")
        .contains("title: &#39;Printr jams&#39; -&gt; &#39;Printer jams&#39;");
    HttpResponse<String> refused = act(number, "details", Map.of("title", "", "description", "Tray 2"));
    assertThat(agent.follow(refused).body()).contains("<code>title</code>");
    String instance = jdbc.queryForObject("SELECT process_instance_id FROM itsm_incident WHERE number = ?",
        String.class, number);
    assertThat(engine.getRuntimeService().getVariable(instance, "recordTitle")).isEqualTo("Printer jams");
    // The category is the record's alone: the investigation form reads it from there.
    assertThat(engine.getRuntimeService().getVariables(instance)).doesNotContainKey("category");
    assertThat(recordVariables.formFields(number)).containsEntry("category", "hardware");
  }

  @Test
  void theDetailsFormKeepsACiOfAnotherServiceSelected() {
    String otherService = Fixtures.service(jdbc, 3);
    String ci = Fixtures.ci(cis, otherService);
    String number = number(logIncident(Map.of("title", "CI elsewhere", "ciId", ci)));

    String page = agent.get("/incidents/" + number).body();

    assertThat(page).containsPattern("<option value=\"" + ci + "\"[^>]*selected");
  }

  @Test
  void anAgentReassignsTheQueueAndAPersonOfIt() {
    String engineer = user("pages-engineer", RoleGroup.SUPPORT_2ND_LEVEL.id());
    String number = number(logIncident(Map.of("title", "Needs an engineer")));

    HttpResponse<String> outsider = act(number, "reassign", Map.of("group", "support-2nd-level", "assignee", "pages-agent"));
    assertThat(agent.follow(outsider).body()).contains("<code>assignee</code>").contains("is not a member of");
    HttpResponse<String> reassigned = act(number, "reassign", Map.of("group", "support-2nd-level", "assignee", engineer,
        "reason", "Cabling"));
    String page = agent.follow(reassigned).body();

    assertThat(page).contains("Reassigned.").contains("To support-2nd-level, " + engineer + ": Cabling");
    var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult();
    assertThat(task.getAssignee()).isEqualTo(engineer);
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).filteredOn(l -> l.getGroupId() != null)
        .extracting(l -> l.getGroupId()).containsExactly("support-2nd-level");
    assertThat(jdbc.queryForObject("SELECT assignment_group FROM itsm_incident WHERE number = ?", String.class, number))
        .isEqualTo("support-2nd-level");
    // The desk no longer holds it: reassigning again is for 2nd level, incident managers or admins.
    HttpResponse<String> notTheirs = act(number, "reassign", Map.of("group", "service-desk"));
    assertThat(agent.follow(notTheirs).body()).contains("may not do this");
  }

  private HttpResponse<String> logIncident(Map<String, String> fields) {
    Map<String, String> form = new HashMap<>(Map.of("reportedBy", "Jane Roe", "channel", "phone", "description", "Since 9:00",
        "serviceCode", service, "impact", "2", "urgency", "2", "back", "/incidents/new"));
    form.putAll(fields);
    agent.get("/incidents/new");
    return agent.post("/incidents", form);
  }

  private HttpResponse<String> act(String number, String action, Map<String, String> fields) {
    Map<String, String> form = new HashMap<>(fields);
    form.put("back", "/incidents/" + number);
    agent.get("/incidents/" + number);
    return agent.post("/incidents/" + number + "/" + action, form);
  }

  private static String number(HttpResponse<String> created) {
    return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/incidents/", "");
  }

  private long incidents() {
    return jdbc.queryForObject("SELECT count(*) FROM itsm_incident", Long.class);
  }

  private String status(String number) {
    return jdbc.queryForObject("SELECT status FROM itsm_incident WHERE number = ?", String.class, number);
  }
}
