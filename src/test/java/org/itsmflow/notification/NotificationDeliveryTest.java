package org.itsmflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notification whose e-mail fails is kept with the failure and sent again by
 * notification-delivery (its timer moved by the engine clock), at most five times.
 */
class NotificationDeliveryTest extends ApplicationTest {

  private static final Instant START = Instant.parse("2027-06-01T08:00:00Z");

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aFailedDeliveryIsKeptAndTriedAgainUntilItSucceeds() {
    ClockUtil.setCurrentTime(Date.from(START));
    AtomicInteger down = new AtomicInteger(1);
    NotificationLog log = log(n -> {
      if (down.getAndDecrement() > 0) {
        throw new IllegalStateException("mail server unreachable");
      }
    });
    String key = send(log);

    assertThat(row(key)).containsEntry("DELIVERY_ATTEMPTS", 1).containsEntry("DELIVERED_AT", null);
    assertThat((String) row(key).get("DELIVERY_ERROR")).isEqualTo("IllegalStateException: mail server unreachable");
    assertThat(log.redeliver()).as("not before a minute has passed").isZero();

    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofMinutes(2))));
    assertThat(log.redeliver()).isOne();
    assertThat(row(key).get("DELIVERED_AT")).isNotNull();
    assertThat(row(key)).containsEntry("DELIVERY_ERROR", null);
    assertThat(log.redeliver()).isZero();
  }

  @Test
  void afterFiveFailedTriesTheNotificationIsGivenUp() {
    ClockUtil.setCurrentTime(Date.from(START));
    AtomicInteger tries = new AtomicInteger();
    NotificationLog log = log(n -> {
      tries.incrementAndGet();
      throw new IllegalStateException("550 mailbox unavailable");
    });
    String key = send(log);

    for (int minute = 2; minute <= 12; minute += 2) {
      ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofMinutes(minute))));
      log.redeliver();
    }

    assertThat(tries.get()).isEqualTo(NotificationLog.MAX_ATTEMPTS);
    assertThat(row(key)).containsEntry("DELIVERY_ATTEMPTS", NotificationLog.MAX_ATTEMPTS)
        .containsEntry("DELIVERED_AT", null);
  }

  @Test
  void theDeliveryTimerRunsEveryFiveMinutes() {
    Job timer = timer();
    Date due = timer.getDuedate();
    List<String> before = runs();

    // As the job executor would: when it is due.
    ClockUtil.setCurrentTime(due);
    engine.getManagementService().executeJob(timer.getId());

    List<String> after = new java.util.ArrayList<>(runs());
    after.removeAll(before);
    assertThat(after).hasSize(1);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(after.get(0))
        .activityId("Task_RedeliverNotifications").finished().count()).isOne();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(after.get(0))
        .singleResult().getEndTime()).isNotNull();
    assertThat(timer().getDuedate()).isCloseTo(Date.from(due.toInstant().plus(Duration.ofMinutes(5))), 1000);
  }

  private NotificationLog log(NotificationChannel channel) {
    return new NotificationLog(jdbc, List.of(channel), transaction.getTransactionManager());
  }

  private String send(NotificationLog log) {
    String key = "delivery-test:" + UUID.randomUUID();
    transaction.executeWithoutResult(status -> log.send(new Notification(key, "service-desk", "TEST", "INC-000001",
        "Delivery test", "Body")));
    return key;
  }

  private Map<String, Object> row(String key) {
    return jdbc.queryForMap("SELECT delivered_at, delivery_attempts, delivery_error FROM itsm_notification "
        + "WHERE dedup_key = ?", key);
  }

  private Job timer() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessCatalog.NOTIFICATION_DELIVERY).latestVersion().singleResult().getId();
    return engine.getManagementService().createJobQuery().processDefinitionId(definition).timers().singleResult();
  }

  private List<String> runs() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessCatalog.NOTIFICATION_DELIVERY).list().stream().map(h -> h.getId()).toList();
  }
}
