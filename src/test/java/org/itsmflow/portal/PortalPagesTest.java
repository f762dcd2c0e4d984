package org.itsmflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The portal's pages as a requester and as staff use them (the browser test walks them in Chromium). */
class PortalPagesTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;

  private String service;

  @BeforeEach
  void setUp() {
    service = Fixtures.service(jdbc, 3);
  }

  @Test
  void aRequesterStartsInThePortalAndNeverReachesTheWorkspace() {
    WorkspaceSession requester = WorkspaceSession.signIn(rest.getRootUri(), user("portal-page-kim"), PASSWORD);
    WorkspaceSession staff = WorkspaceSession.signIn(rest.getRootUri(),
        user("portal-page-agent", RoleGroup.SERVICE_DESK.id()), PASSWORD);

    assertThat(requester.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/portal");
    assertThat(staff.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/incidents");
    for (String page : new String[] {"/incidents", "/records/INC-000001", "/cis", "/changes/calendar", "/requests"}) {
      assertThat(requester.get(page).statusCode()).as(page).isEqualTo(403);
    }
    HttpResponse<String> home = requester.get("/portal");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("How can we help?").contains("You have no open tickets.")
        .doesNotContain("workspace</a>");
    // Staff are employees too: the portal is theirs as well, with a way back to their workspace.
    assertThat(staff.get("/portal").body()).contains("How can we help?").contains("workspace</a>");
  }

  @Test
  void aRequesterReportsWithAFileAndWorksTheirTicketOnItsPage() {
    WorkspaceSession requester = WorkspaceSession.signIn(rest.getRootUri(), user("portal-page-lou"), PASSWORD);
    String form = requester.get("/portal/report").body();
    assertThat(form).contains("What does it concern?").contains(">Test service</option>").contains("Only me");

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("back", "/portal/report");
    fields.put("serviceCode", service);
    fields.put("title", "Laptop will not charge");
    fields.put("description", "The LED stays off");
    fields.put("impact", "3");
    fields.put("urgency", "1");
    HttpResponse<String> sent = requester.postFile("/portal/report", fields, "photo.txt", "text/plain",
        "the LED".getBytes(StandardCharsets.UTF_8));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    String location = sent.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/portal/tickets/INC-\\d{6}");
    String number = location.substring(location.lastIndexOf('/') + 1);

    String page = requester.follow(sent).body();
    assertThat(page).contains("Your issue is recorded as " + number).contains("Laptop will not charge")
        .contains("photo.txt").contains("Received. The service desk will pick it up shortly.")
        .contains("Resolution target").containsPattern("\\d{2}:\\d{2} [A-Z]{2,5}");

    HttpResponse<String> comment = requester.post("/portal/tickets/" + number + "/comment",
        Map.of("back", "/portal/tickets/" + number, "text", "It also gets hot"));
    assertThat(requester.follow(comment).body()).contains("Your comment is added.").contains("It also gets hot");

    HttpResponse<String> refused = requester.post("/portal/tickets/" + number + "/confirm",
        Map.of("back", "/portal/tickets/" + number));
    assertThat(requester.follow(refused).body()).contains("Not done:").contains("cannot close");

    HttpResponse<String> empty = requester.post("/portal/report", Map.of("back", "/portal/report",
        "serviceCode", service, "title", "", "description", "x", "impact", "3", "urgency", "3"));
    assertThat(requester.follow(empty).body()).contains("Not done:").contains("title");

    assertThat(requester.get("/portal/tickets").body()).contains(number).contains("Laptop will not charge");
    assertThat(WorkspaceSession.signIn(rest.getRootUri(), user("portal-page-max"), PASSWORD)
        .get("/portal/tickets/" + number).statusCode()).isEqualTo(404);
  }

  @Test
  void administratorsKeepPeoplesOrganisationsAndManagersOnAPageAndSeeTheMailbox() {
    user("portal-page-ola");
    user("portal-page-boss");
    WorkspaceSession admin = WorkspaceSession.signIn(rest.getRootUri(),
        user("portal-page-admin", RoleGroup.ADMIN_GROUP), PASSWORD);
    WorkspaceSession agent = WorkspaceSession.signIn(rest.getRootUri(),
        user("portal-page-agent", RoleGroup.SERVICE_DESK.id()), PASSWORD);

    String found = admin.get("/admin/requesters?q=portal-page-ola").body();
    assertThat(found).contains("portal-page-ola").contains("Requester").contains("name=\"managerId\"");
    HttpResponse<String> saved = admin.post("/admin/requesters/portal-page-ola", Map.of("back",
        "/admin/requesters?q=portal-page-ola", "organisation", "Plant Linz", "seesOrganisation", "on",
        "managerId", "portal-page-boss"));
    assertThat(admin.follow(saved).body()).contains("Saved the profile of portal-page-ola.")
        .contains("value=\"Plant Linz\"").contains("value=\"portal-page-boss\"");
    HttpResponse<String> refused = admin.post("/admin/requesters/portal-page-ola", Map.of("back",
        "/admin/requesters?q=portal-page-ola", "managerId", "nobody-of-ours"));
    assertThat(admin.follow(refused).body()).contains("Not done:").contains("managerId");
    assertThat(jdbc.queryForObject("SELECT manager_id FROM itsm_user_profile WHERE user_id = 'portal-page-ola'",
        String.class)).isEqualTo("portal-page-boss");

    assertThat(admin.get("/admin/mail-in").body()).contains("Service desk mailbox").contains("ITSM_MAIL_IN_HOST");
    assertThat(agent.get("/admin/requesters").statusCode()).isEqualTo(403);
    assertThat(agent.get("/admin/mail-in").statusCode()).isEqualTo(403);
    assertThat(agent.get("/incidents").body()).doesNotContain(">People</a>");
    assertThat(admin.get("/incidents").body()).contains(">People</a>").contains(">Mailbox</a>");
  }

  @Test
  void theCatalogueShowsItemsWithApprovalAndCostAndTheOrderFormItsFields() {
    String item = "PORTAL-PAGE-" + System.nanoTime() % 100000;
    jdbc.update("INSERT INTO itsm_request_item (code, service_code, name, description, fulfilment_group, instructions, "
        + "fields, approval, cost, priority, active) VALUES (?, ?, 'Second monitor', '27 inch', 'support-2nd-level', "
        + "'Deliver', '[{\"key\": \"room\", \"label\": \"Room\", \"required\": true}]', 'never', 180.50, 4, TRUE)",
        item, service);
    WorkspaceSession requester = WorkspaceSession.signIn(rest.getRootUri(), user("portal-page-ned"), PASSWORD);

    assertThat(requester.get("/portal/catalogue").body()).contains("Second monitor").contains("No approval needed")
        .contains("Cost 180.50");
    String form = requester.get("/portal/catalogue/" + item).body();
    assertThat(form).contains("<label for=\"field-room\">Room</label>").contains("name=\"field.room\"");

    HttpResponse<String> missing = requester.post("/portal/catalogue/" + item,
        Map.of("back", "/portal/catalogue/" + item));
    assertThat(requester.follow(missing).body()).contains("Not done:").contains("details.room");
    HttpResponse<String> ordered = requester.post("/portal/catalogue/" + item,
        Map.of("back", "/portal/catalogue/" + item, "field.room", "C3.01"));
    String page = requester.follow(ordered).body();
    assertThat(page).contains("Your order is recorded as REQ-").contains("C3.01").contains("Withdraw the request");
  }
}
