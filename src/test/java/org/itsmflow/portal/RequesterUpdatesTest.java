package org.itsmflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.Visibility;
import org.itsmflow.record.WorkLog;
import org.itsmflow.record.WorkLogged;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.workspace.ViewerTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** What the requester is told by e-mail as their incident goes its way, and what they are not told. */
class RequesterUpdatesTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired PortalTickets tickets;
  @Autowired Notifier notifier;
  @Autowired WorkLog workLog;
  @Autowired EngineAsSystem system;
  @Autowired ViewerTime viewerTime;
  @Autowired TransactionTemplate transaction;

  @Test
  void theRequesterHearsOfRecordingPublicNotesResolutionAndClosureOnceEach() {
    String service = Fixtures.service(jdbc, 3);
    String requester = requesterWithAddress("portal-mail-pia", "pia@example.test");
    String agent = user("portal-mail-agent", RoleGroup.SERVICE_DESK.id());
    String number = send(as(requester), POST, "/api/portal/incidents", """
        {"title": "Headset crackles", "description": "Left ear", "serviceCode": "%s", "impact": 3, "urgency": 3}
        """.formatted(service)).getBody().path("number").asText();

    staff(agent, number, "work-notes", "{\"text\": \"Driver 4.2 known bad\", \"visibility\": \"internal\"}");
    staff(agent, number, "work-notes", "{\"text\": \"A new headset is on its way\", \"visibility\": \"public\"}");
    assertThat(send(as(requester), POST, "/api/portal/tickets/" + number + "/comments", "{\"text\": \"Thanks\"}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    staff(agent, number, "resolve", "{\"resolutionCode\": \"replaced\", \"resolution\": \"Swapped the headset\"}");
    assertThat(send(as(requester), POST, "/api/portal/tickets/" + number + "/confirm", "{}").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    List<Map<String, Object>> mails = jdbc.queryForList("SELECT kind, subject, body, recipient_group FROM "
        + "itsm_notification WHERE recipient_user = ? AND record_ref = ? ORDER BY id", requester, number);
    assertThat(mails).extracting(m -> value(m, "kind"))
        .containsExactly("REQUESTER_RECORDED", "REQUESTER_NOTE", "REQUESTER_RESOLVED", "REQUESTER_CLOSED");
    assertThat(mails).allSatisfy(m -> {
      assertThat(value(m, "subject")).startsWith("[" + number + "] ");
      assertThat(value(m, "recipient_group")).isNull();
    });
    assertThat(value(mails.get(0), "body")).contains("Hello Quinn,").contains("recorded as " + number)
        .contains("http://localhost:8080/portal/tickets/" + number);
    assertThat(value(mails.get(1), "body")).contains("A new headset is on its way").doesNotContain("Driver 4.2");
    assertThat(value(mails.get(2), "body")).contains("Swapped the headset")
        .contains("Yes, close it: http://localhost:8080/portal/tickets/" + number + "#confirm-h");
    assertThat(value(mails.get(3), "body")).contains("http://localhost:8080/portal/tickets/" + number + "#rate-h");
    // The ticket's timeline shows each e-mail.
    assertThat(jdbc.queryForList("SELECT text FROM itsm_work_log WHERE number = ? AND action = 'requester-mailed'",
        String.class, number)).hasSize(4).allSatisfy(text -> assertThat(text).startsWith("E-mail to " + requester));
  }

  @Test
  void anIncidentReportedForNoKnownPersonMailsNobody() {
    String service = Fixtures.service(jdbc, 3);
    String agent = user("portal-mail-agent", RoleGroup.SERVICE_DESK.id());
    String number = send(as(agent), POST, "/api/incidents", """
        {"title": "Disk 90 percent", "description": "db-07", "serviceCode": "%s", "impact": 3, "urgency": 3,
         "reportedBy": "monitoring-bot", "channel": "monitoring"}
        """.formatted(service)).getBody().path("number").asText();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_notification WHERE record_ref = ? AND recipient_user "
        + "IS NOT NULL", Integer.class, number)).isZero();
  }

  @Test
  void anApologyForAMissedTargetGoesOnlyToTheRequestersOfTheServicesThatWantIt() {
    String apologising = Fixtures.service(jdbc, 3);
    String silent = Fixtures.service(jdbc, 3);
    String requester = requesterWithAddress("portal-mail-quinn", "quinn@example.test");
    RequesterUpdates updates = new RequesterUpdates(tickets, notifier, workLog, engine.getIdentityService(), system,
        viewerTime, new RequesterMailProperties("https://itsm.example", null, List.of(apologising)));
    String late = reportAs(requester, apologising);
    String other = reportAs(requester, silent);

    transaction.executeWithoutResult(status -> {
      updates.on(breach(late));
      updates.on(breach(other));
    });

    assertThat(jdbc.queryForList("SELECT body FROM itsm_notification WHERE kind = 'REQUESTER_BREACHED' AND record_ref = ?",
        String.class, late)).singleElement().asString().contains("we have missed the resolution time")
        .contains("https://itsm.example/portal/tickets/" + late);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_notification WHERE kind = 'REQUESTER_BREACHED' "
        + "AND record_ref = ?", Integer.class, other)).isZero();
  }

  private String reportAs(String requester, String service) {
    return send(as(requester), POST, "/api/portal/incidents", """
        {"title": "Share is slow", "description": "x", "serviceCode": "%s", "impact": 3, "urgency": 3}
        """.formatted(service)).getBody().path("number").asText();
  }

  private static WorkLogged breach(String number) {
    return new WorkLogged(RecordType.INCIDENT, number, "sla-breached",
        "The resolution target is breached; incident-managers intervene", Visibility.INTERNAL, "system", Instant.now());
  }

  private String requesterWithAddress(String id, String email) {
    user(id);
    IdentityService identity = engine.getIdentityService();
    User user = identity.createUserQuery().userId(id).singleResult();
    user.setEmail(email);
    identity.saveUser(user);
    return id;
  }

  private void staff(String agent, String number, String action, String body) {
    assertThat(send(as(agent), POST, "/api/incidents/" + number + "/" + action, body).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private static String value(Map<String, Object> row, String column) {
    return (String) (row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase()));
  }
}
