package org.itsmflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboards as staff open them (the browser test draws the charts in Chromium). */
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
}
