package org.itsmflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboards as staff open them (the browser test draws the charts in Chromium). */
@Iso20000("9.1")
class ReportPagesTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void aDashboardShowsEachMeasureAsAChartWithItsTableAndLinksToTheRecordsBehindABar() {
    String service = Fixtures.service(jdbc, 3);
    jdbc.update("INSERT INTO itsm_incident (number, title, description, service_code, impact, urgency, priority, status, "
        + "major, reported_by, channel, created_at) VALUES ('INC-P00001', 'Page test', 'x', ?, 2, 2, 2, 'NEW', FALSE, "
        + "'someone', 'phone', TIMESTAMP '2026-11-03 10:00:00')", service);
    WorkspaceSession manager = WorkspaceSession.signIn(rest.getRootUri(),
        user("report-page-manager", RoleGroup.INCIDENT_MANAGERS.id()), PASSWORD);

    String page = manager.get("/reports?dashboard=incident&from=2026-11-01&to=2026-11-30&service=" + service).body();

    assertThat(page).contains("Reports: Incident management").contains("<h2 id=\"chart-0\">Incidents reported</h2>").contains("Incidents by priority")
        .contains("data-chart=").contains("Days in ")
        .contains("/incidents?status=all&amp;from=2026-11-01&amp;to=2026-11-30&amp;priority=2&amp;service=" + service)
        .contains("<th scope=\"col\">Incidents</th>").contains("Nothing in this period.");
    assertThat(page).contains("/reports/services/" + service + "/2026-11/pdf").contains("Monthly service report for November 2026");
    assertThat(page).contains("/reports/csv?measure=incident-volume&amp;groupBy=priority&amp;from=2026-11-01&amp;"
        + "to=2026-11-30&amp;service=" + service).contains("Incidents reported by priority as CSV");
    java.net.http.HttpResponse<String> csv = manager.get("/reports/csv?measure=incident-volume&groupBy=priority"
        + "&from=2026-11-01&to=2026-11-30&service=" + service);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("priority,incidents").contains("2,1");
    assertThat(manager.get("/reports/csv?measure=nope").statusCode()).isEqualTo(404);
    java.net.http.HttpResponse<String> pdf = manager.get("/reports/services/" + service + "/2026-11/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");
    String empty = manager.get("/reports?dashboard=service-desk&from=2026-06-01&to=2026-06-30&service=" + service).body();
    assertThat(empty).contains("Reports: Service desk").contains("Nothing in this period.");
    assertThat(manager.get("/reports?dashboard=nope").body()).contains("Not available").contains("dashboard: one of service-desk");
    assertThat(WorkspaceSession.signIn(rest.getRootUri(), user("report-page-requester"), PASSWORD).get("/reports")
        .statusCode()).isEqualTo(403);
    for (ReportPages.Dashboard dashboard : ReportPages.DASHBOARDS) {
      java.net.http.HttpResponse<String> shown = manager.get("/reports?dashboard=" + dashboard.id());
      assertThat(shown.statusCode()).as(dashboard.id()).isEqualTo(200);
      assertThat(shown.body()).as(dashboard.id()).contains("Reports: " + dashboard.name());
    }
    LocalDate first = LocalDate.now().withDayOfMonth(1);
    assertThat(manager.get("/reports").body()).contains("value=\"" + first + "\"");
  }

  @Test
  void aServicesReportPageTakesTheOwnersCommentAndRecipientsAndListsTheSentReports() {
    String service = Fixtures.service(jdbc, 3);
    jdbc.update("INSERT INTO itsm_service_report_archive (service_code, report_month, status, prepared_at, reviewed_by, "
        + "reviewed_at, archived_at, pdf, sha256, sent_at, sent_to) VALUES (?, '2026-10', 'SENT', "
        + "TIMESTAMP '2026-11-02 06:00:00', 'report-page-owner', TIMESTAMP '2026-11-03 09:00:00', "
        + "TIMESTAMP '2026-11-03 09:00:01', X'255044462D', 'abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789', "
        + "TIMESTAMP '2026-11-03 09:00:02', 'board@example.test')", service);
    WorkspaceSession owner = WorkspaceSession.signIn(rest.getRootUri(),
        user("report-page-owner", RoleGroup.SERVICE_OWNERS.id()), PASSWORD).inZone("Europe/Berlin");
    String path = "/reports/services/" + service;

    String page = owner.get(path + "?month=2026-11").body();
    assertThat(page).contains("Service reports: Test service").contains("The report for November 2026")
        .contains("/reports/services/" + service + "/2026-11/pdf").contains("Save the comment")
        .contains("Save the recipients").contains("October 2026").contains("Sent")
        .contains("report-page-owner, Tue 3 Nov 2026, 10:00 CET").contains("to board@example.test")
        .contains("abcdef012345…").contains("/reports/services/" + service + "/archive/2026-10/pdf");
    assertThat(owner.get(path + "/archive/2026-10/pdf").body()).startsWith("%PDF-");

    java.net.http.HttpResponse<String> wrong = owner.post(path + "/recipients",
        java.util.Map.of("recipients", "board@example.test\nnot-an-address"));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("recipients[1]");
    java.net.http.HttpResponse<String> saved = owner.follow(owner.post(path + "/recipients",
        java.util.Map.of("recipients", "Board@example.test, cio@example.test")));
    assertThat(saved.body()).contains("The report now goes to 2 addresses.").contains("board@example.test\ncio@example.test");
    String commented = owner.follow(owner.post(path + "/2026-11/comment",
        java.util.Map.of("text", "Quiet month."))).body();
    assertThat(commented).contains("Saved your comment for November 2026.").contains("Quiet month.</textarea>");

    WorkspaceSession desk = WorkspaceSession.signIn(rest.getRootUri(),
        user("report-page-desk", RoleGroup.SERVICE_DESK.id()), PASSWORD);
    String readOnly = desk.get(path + "?month=2026-11").body();
    assertThat(readOnly).doesNotContain("Save the recipients").contains("<li>board@example.test</li>")
        .contains("Quiet month.");
    assertThat(desk.post(path + "/recipients", java.util.Map.of("recipients", "")).statusCode()).isEqualTo(403);
    assertThat(desk.get("/reports/services/NOPE").statusCode()).isEqualTo(404);
    assertThat(desk.get(path + "?month=2026-13").statusCode()).isEqualTo(400);
  }
}
