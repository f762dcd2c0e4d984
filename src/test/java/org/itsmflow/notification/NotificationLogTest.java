package org.itsmflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

class NotificationLogTest extends ApplicationTest {

  @Autowired Notifier notifier;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRepeatedNotificationIsDeliveredOnce() {
    Notification warning = new Notification("TEST-000001/resolution/warning", RoleGroup.SERVICE_DESK.id(),
        "SLA_WARNING", "TEST-000001", "Resolution target of TEST-000001 at 75 %", "Due at 16:00");

    assertThat(notifier.send(warning)).isTrue();
    assertThat(notifier.send(warning)).isFalse();

    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_notification WHERE dedup_key = ?",
        Integer.class, warning.dedupKey())).isOne();
  }

  @Test
  void usersSeeTheNotificationsOfTheirGroupsOnly() {
    notifier.send(new Notification("TEST-000002/desk", RoleGroup.SERVICE_DESK.id(), "SLA_WARNING",
        "TEST-000002", "For the desk", "body"));
    notifier.send(new Notification("TEST-000002/cab", RoleGroup.CAB.id(), "CAB_VOTE",
        "TEST-000002", "For the CAB", "body"));
    String agent = user("notify-agent", RoleGroup.SERVICE_DESK.id());

    JsonNode mine = as(agent).getForObject("/api/notifications", JsonNode.class);

    List<String> subjects = new ArrayList<>();
    mine.forEach(n -> subjects.add(n.path("subject").asText()));
    assertThat(subjects).contains("For the desk").doesNotContain("For the CAB");
    // No channel configured here: recorded is delivered, nothing is tried again.
    mine.forEach(n -> {
      if (n.path("subject").asText().equals("For the desk")) {
        assertThat(n.path("delivery").path("deliveredAt").isNull()).isFalse();
        assertThat(n.path("delivery").path("attempts").asInt()).isZero();
      }
    });
  }

  @Test
  void limitOutOfRangeIsRefused() {
    String agent = user("notify-agent", RoleGroup.SERVICE_DESK.id());

    ResponseEntity<JsonNode> response = as(agent).getForEntity("/api/notifications?limit=0", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("limit");
  }
}
