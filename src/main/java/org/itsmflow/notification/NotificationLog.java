package org.itsmflow.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.itsmflow.platform.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default notifier: a structured log line and a row in our table, which recipients read
 * through GET /api/notifications. Time comes from the engine clock, so tests that move it see
 * consistent timestamps.
 */
@Component
public class NotificationLog implements Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationLog.class);

  /** How often a notification is delivered at most; then it stays undelivered (and logged). */
  static final int MAX_ATTEMPTS = 5;
  static final Duration RETRY_AFTER = Duration.ofMinutes(1);
  private static final int BATCH = 100;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate afterCommit;
  private final NamedParameterJdbcTemplate named;
  private final List<NotificationChannel> channels;

  public NotificationLog(JdbcTemplate jdbc, List<NotificationChannel> channels,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.afterCommit = new TransactionTemplate(transactions);
    // After the commit the finished transaction's connection is still bound: a new one records the outcome.
    this.afterCommit.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.channels = List.copyOf(channels);
  }

  @Override
  @Transactional
  public boolean send(Notification n) {
    Timestamp now = Timestamp.from(EngineClock.now());
    // Without a channel there is nothing to deliver: recorded is delivered.
    int inserted = jdbc.update("""
        INSERT INTO itsm_notification (dedup_key, created_at, recipient_group, recipient_user, kind, record_ref, subject,
          body, delivered_at)
        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM itsm_notification WHERE dedup_key = ?)
        """,
        n.dedupKey(), now, n.recipientGroup(), n.recipientUser(), n.kind(), n.recordRef(), n.subject(), n.body(),
        channels.isEmpty() ? now : null, n.dedupKey());
    if (inserted == 1) {
      LOG.info("notification kind={} to={} record={} key={} subject=\"{}\"",
          n.kind(), n.recipient(), n.recordRef(), n.dedupKey(), n.subject());
      deliverAfterCommit(n);
    }
    return inserted == 1;
  }

  /** Only once the record of it is committed, so a rolled-back job that runs again mails once. */
  private void deliverAfterCommit(Notification n) {
    if (channels.isEmpty()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        afterCommit.executeWithoutResult(status -> deliver(n));
      }
    });
  }

  /**
   * Tries again what its channels could not deliver, oldest first: up to {@value #BATCH} notifications
   * at least {@link #RETRY_AFTER} old, each until it has been tried {@value #MAX_ATTEMPTS} times.
   * Returns how many were delivered now. Run by process notification-delivery (a BPMN timer, so one
   * node of a cluster runs it at a time).
   */
  @Transactional
  public int redeliver() {
    Timestamp before = Timestamp.from(EngineClock.now().minus(RETRY_AFTER));
    List<Notification> pending = jdbc.query("""
        SELECT dedup_key, recipient_group, kind, record_ref, subject, body, recipient_user FROM itsm_notification
        WHERE delivered_at IS NULL AND delivery_attempts < ? AND created_at <= ? ORDER BY id FETCH FIRST ? ROWS ONLY
        """, (rs, i) -> new Notification(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7)), MAX_ATTEMPTS, before, BATCH);
    return (int) pending.stream().filter(this::deliver).count();
  }

  /** Delivers by every channel and records the outcome; a failure is kept for the next try. */
  private boolean deliver(Notification n) {
    try {
      channels.forEach(channel -> channel.deliver(n));
      jdbc.update("UPDATE itsm_notification SET delivered_at = ?, delivery_error = NULL WHERE dedup_key = ?",
          Timestamp.from(EngineClock.now()), n.dedupKey());
      return true;
    } catch (RuntimeException e) {
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.error("notification {}: delivery to {} failed, tried again later: {}", n.dedupKey(), n.recipient(), reason);
      jdbc.update("UPDATE itsm_notification SET delivery_attempts = delivery_attempts + 1, delivery_error = ? "
          + "WHERE dedup_key = ?", reason.length() > 500 ? reason.substring(0, 500) : reason, n.dedupKey());
      return false;
    }
  }

  /** Newest first. */
  @Transactional(readOnly = true)
  public List<StoredNotification> forGroups(List<String> groupIds, int limit) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    return named.query("""
        SELECT id, created_at, recipient_group, kind, record_ref, subject, body, delivered_at, delivery_attempts,
          delivery_error FROM itsm_notification
        WHERE recipient_group IN (:groups) ORDER BY created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY
        """,
        new MapSqlParameterSource("groups", groupIds).addValue("limit", limit),
        (rs, n) -> new StoredNotification(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            new StoredNotification.Delivery(rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
                rs.getInt(9), rs.getString(10))));
  }
}
