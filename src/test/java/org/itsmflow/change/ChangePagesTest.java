package org.itsmflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A change manager raises a standard change from a template in the workspace, sees it sent back
 * for a freeze, and reschedules it from its page, typing times in their own zone.
 */
@Iso20000("8.5.1")
class ChangePagesTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void anRfcFromATemplateCollidesWithAFreezeAndIsRescheduledFromItsPage() {
    String manager = user("chg-pages-manager", RoleGroup.CHANGE_MANAGERS.id());
    String service = ChangeProcessTest.service(jdbc, 3);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    rest.withBasicAuth(manager, PASSWORD).exchange("/api/change-templates/PG-RESTART", HttpMethod.PUT, new HttpEntity<>("""
        {"name": "Queue restart", "description": "Restart the queue", "implementationPlan": "Restart",
         "backoutPlan": "Start the old version"}""", headers), String.class);
    rest.withBasicAuth(manager, PASSWORD).postForObject("/api/change-freezes", new HttpEntity<>("""
        {"name": "Quarter end", "startsAt": "2032-03-29T00:00:00Z", "endsAt": "2032-04-02T00:00:00Z",
         "serviceCode": "%s"}""".formatted(service), headers), String.class);
    WorkspaceSession session = WorkspaceSession.signIn(rest.getRootUri(), manager, PASSWORD).inZone("Asia/Tokyo");
    session.get("/changes/new");

    HttpResponse<String> created = session.post("/changes", Map.of("category", "standard", "templateCode", "PG-RESTART",
        "title", "Restart the order queue", "serviceCode", service, "impact", "3",
        "plannedStart", "2032-03-30T10:00", "plannedEnd", "2032-03-30T11:00", "back", "/changes/new"));
    String number = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/records/", "");
    String page = session.follow(created).body();

    assertThat(number).matches("CHG-\\d{6}");
    assertThat(page).contains(number + " is recorded").contains("Awaiting reschedule")
        .contains("Planned start (Asia/Tokyo)");
    assertThat(plannedStart(number)).isEqualTo(Instant.parse("2032-03-30T01:00:00Z"));

    HttpResponse<String> refused = session.post("/changes/" + number + "/reschedule",
        Map.of("plannedStart", "soon", "plannedEnd", "2032-04-05T11:00", "back", "/records/" + number));
    assertThat(session.follow(refused).body()).contains("<code>plannedStart</code>");
    HttpResponse<String> moved = session.post("/changes/" + number + "/reschedule",
        Map.of("plannedStart", "2032-04-05T10:00", "plannedEnd", "2032-04-05T11:00", "back", "/records/" + number));

    assertThat(session.follow(moved).body()).contains("Rescheduled").doesNotContain("Planned start (Asia/Tokyo)");
    assertThat(plannedStart(number)).isEqualTo(Instant.parse("2032-04-05T01:00:00Z"));
    assertThat(session.get("/changes/calendar?date=2032-04-05").body()).contains(number);
  }

  @Test
  void theServiceDeskDoesNotRaiseChangesFromTheWorkspaceEither() {
    WorkspaceSession desk = WorkspaceSession.signIn(rest.getRootUri(),
        user("chg-pages-desk", RoleGroup.SERVICE_DESK.id()), PASSWORD);
    desk.get("/changes");

    assertThat(desk.post("/changes", Map.of("title", "Not mine")).statusCode()).isEqualTo(403);
  }

  private Instant plannedStart(String number) {
    return jdbc.queryForObject("SELECT planned_start FROM itsm_change WHERE number = ?", Timestamp.class, number)
        .toInstant();
  }
}
