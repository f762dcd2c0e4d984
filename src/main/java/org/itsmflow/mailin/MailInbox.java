package org.itsmflow.mailin;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itsmflow.platform.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The messages taken from the mailbox, one row per Message-ID, and what became of each. */
@Repository
class MailInbox {

  /** A message taken from the mailbox; {@code outcome} null while it waits to be handled. */
  record Received(long id, String messageId, String sender, String subject, long size, byte[] content,
      String outcome) {}

  /** A message as administrators see it in the intake's record. */
  public record Entry(long id, String messageId, java.time.Instant receivedAt, String sender, String subject,
      long size, String outcome, String recordNumber, String detail) {}

  private final JdbcTemplate jdbc;

  MailInbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps a message unless its Message-ID is known; returns its id when it is new. */
  Optional<Long> keep(Mailbox.Unread mail, String messageId) {
    int inserted = jdbc.update("""
        INSERT INTO itsm_mail_in (message_id, received_at, sender, subject, size_bytes, content)
        SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM itsm_mail_in WHERE message_id = ?)
        """, messageId, Timestamp.from(EngineClock.now()), cut(mail.sender(), 320), cut(mail.subject(), 1000),
        mail.size(), mail.raw(), messageId);
    if (inserted == 0) {
      return Optional.empty();
    }
    return Optional.of(jdbc.queryForObject("SELECT id FROM itsm_mail_in WHERE message_id = ?", Long.class, messageId));
  }

  /** Whether the message with this Message-ID was handled (so it may be marked read). */
  boolean handled(String messageId) {
    return !jdbc.queryForList("SELECT id FROM itsm_mail_in WHERE message_id = ? AND outcome IS NOT NULL", Long.class,
        messageId).isEmpty();
  }

  /** The message, locked until the transaction ends: one handler at a time, even across nodes. */
  Optional<Received> lock(long id) {
    return jdbc.query("SELECT id, message_id, sender, subject, size_bytes, content, outcome FROM itsm_mail_in "
            + "WHERE id = ? FOR UPDATE", (rs, i) -> new Received(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getLong(5), rs.getBytes(6), rs.getString(7)), id).stream().findFirst();
  }

  /** What became of it; the content is not kept once the ticket holds its text and files. */
  void handled(long id, String outcome, String recordNumber, String detail) {
    jdbc.update("UPDATE itsm_mail_in SET outcome = ?, record_number = ?, detail = ?, handled_at = ?, content = NULL "
        + "WHERE id = ?", outcome, recordNumber, cut(detail, 1000), Timestamp.from(EngineClock.now()), id);
  }

  /** How many messages ended how, for the administrators. */
  Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    jdbc.query("SELECT COALESCE(outcome, 'waiting'), count(*) FROM itsm_mail_in GROUP BY COALESCE(outcome, 'waiting') "
        + "ORDER BY 1", rs -> {
          counts.put(rs.getString(1), rs.getInt(2));
        });
    return counts;
  }

  List<Entry> latest(int limit) {
    return jdbc.query("SELECT id, message_id, received_at, sender, subject, size_bytes, outcome, record_number, detail "
            + "FROM itsm_mail_in ORDER BY id DESC FETCH FIRST ? ROWS ONLY",
        (rs, i) -> new Entry(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
            rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9)), limit);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
