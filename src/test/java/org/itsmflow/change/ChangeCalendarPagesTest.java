package org.itsmflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/** The change calendar page: a standard change inside a freeze of its service shows marked, in the viewer's zone. */
@Iso20000("8.5.1")
class ChangeCalendarPagesTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void aChangeInsideAFreezeIsMarkedOnTheCalendarAndTheWeekCanBeDownloaded() {
    String manager = user("cal-manager", RoleGroup.CHANGE_MANAGERS.id());
    String requester = user("cal-requester", RoleGroup.SUPPORT_2ND_LEVEL.id());
    String service = ChangeProcessTest.service(jdbc, 3);
    post(manager, "/api/change-templates/CAL-RESTART", """
        {"name": "Restart", "description": "Restart the service", "implementationPlan": "Restart",
         "backoutPlan": "Start the old version"}""", true);
    post(manager, "/api/change-freezes", """
        {"name": "Audit week", "startsAt": "2031-03-09T00:00:00Z", "endsAt": "2031-03-14T00:00:00Z",
         "serviceCode": "%s"}""".formatted(service), false);
    String change = post(requester, "/api/changes", """
        {"title": "Restart the queue", "category": "standard", "templateCode": "CAL-RESTART", "serviceCode": "%s",
         "impact": 3, "plannedStart": "2031-03-11T08:00:00Z", "plannedEnd": "2031-03-11T09:00:00Z"}
        """.formatted(service), false).replaceAll("(?s).*\"number\"\\s*:\\s*\"(CHG-\\d+)\".*", "$1");
    WorkspaceSession agent = WorkspaceSession.signIn(rest.getRootUri(), requester, PASSWORD).inZone("Asia/Tokyo");

    String month = agent.get("/changes/calendar?date=2031-03-01").body();
    String week = agent.get("/changes/calendar?view=week&date=2031-03-11").body();
    String day = agent.get("/changes/calendar?view=day&date=2031-03-11").body();
    HttpResponse<String> ics = agent.get("/changes/calendar.ics?from=2031-03-10T00:00:00Z&to=2031-03-17T00:00:00Z");
    HttpResponse<String> badView = agent.get("/changes/calendar?view=year");

    assertThat(month).contains("March 2031").contains(change).contains("in freeze Audit week")
        .contains("Freeze: Audit week (" + service + ")").contains("Times in Asia/Tokyo");
    assertThat(week).contains("Week of 10 Mar 2031").contains(change);
    assertThat(day).contains("Tuesday 11 March 2031").contains(change).contains("JST to ");
    assertThat(ics.statusCode()).isEqualTo(200);
    assertThat(ics.body()).contains("BEGIN:VCALENDAR").contains("UID:" + change + "@itsm-flow");
    assertThat(badView.statusCode()).isEqualTo(400);
  }

  private String post(String user, String path, String body, boolean put) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return put ? rest.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.PUT,
        new HttpEntity<>(body, headers), String.class).getBody()
        : rest.withBasicAuth(user, PASSWORD).postForObject(path, new HttpEntity<>(body, headers), String.class);
  }
}
