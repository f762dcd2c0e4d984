package org.itsmflow.notification;

import java.sql.Timestamp;
import java.util.List;
import org.itsmflow.platform.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The default notifier: a structured log line and a row in our table, which recipients read
 * through GET /api/notifications. Time comes from the engine clock, so tests that move it see
 * consistent timestamps.
 */
@Component
public class NotificationLog implements Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationLog.class);

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final List<NotificationChannel> channels;

  public NotificationLog(JdbcTemplate jdbc, List<NotificationChannel> channels) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.channels = List.copyOf(channels);
  }

  @Override
  @Transactional
  public boolean send(Notification n) {
    int inserted = jdbc.update("""
        INSERT INTO itsm_notification (dedup_key, created_at, recipient_group, kind, record_ref, subject, body)
        SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM itsm_notification WHERE dedup_key = ?)
        """,
        n.dedupKey(), Timestamp.from(EngineClock.now()), n.recipientGroup(), n.kind(),
        n.recordRef(), n.subject(), n.body(), n.dedupKey());
    if (inserted == 1) {
      LOG.info("notification kind={} group={} record={} key={} subject=\"{}\"",
          n.kind(), n.recipientGroup(), n.recordRef(), n.dedupKey(), n.subject());
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
        channels.forEach(channel -> channel.deliver(n));
      }
    });
  }

  /** Newest first. */
  @Transactional(readOnly = true)
  public List<StoredNotification> forGroups(List<String> groupIds, int limit) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    return named.query("""
        SELECT id, created_at, recipient_group, kind, record_ref, subject, body FROM itsm_notification
        WHERE recipient_group IN (:groups) ORDER BY created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY
        """,
        new MapSqlParameterSource("groups", groupIds).addValue("limit", limit),
        (rs, n) -> new StoredNotification(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
  }
}
