package org.itsmflow.record;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The work log of every record, in one table: each action on a record with who did it and when
 * (the engine's clock, so that tests that move it see the same times as the process). Written in
 * the caller's transaction: an action that rolls back leaves no entry.
 */
@Component
public class WorkLog {

  /** The longest text an entry keeps; longer texts are cut (a work log entry is never refused). */
  public static final int MAX_TEXT = 4000;

  /** The numbers of the records whose work log has an entry of this action, for reports' subqueries. */
  public static final String WITH_ACTION = "SELECT number FROM itsm_work_log WHERE action = ?";

  /**
   * The entries (number, action) of one record type's work logs in a period, for reports' joins:
   * three parameters, the type's id and the period's start (inclusive) and end (exclusive).
   */
  public static final String ENTRIES_BETWEEN = "SELECT number, action FROM itsm_work_log WHERE record_type = ? "
      + "AND logged_at >= ? AND logged_at < ?";

  /**
   * The numbers of the records whose work log mentions a text, for a record list's search without
   * knowing the work log's table: {@code number IN (MENTIONING)}, with one parameter, a
   * lower-case {@code LIKE} pattern escaped with a backslash ({@link #containing}).
   */
  public static final String MENTIONING = "SELECT number FROM itsm_work_log WHERE LOWER(text) LIKE ? ESCAPE '\\'";

  /** The {@code LIKE} pattern for "contains this text", case-insensitive, wildcards taken literally. */
  public static String containing(String text) {
    String escaped = text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
        .replace("_", "\\_");
    return "%" + escaped + "%";
  }

  private final JdbcTemplate jdbc;
  private final CurrentUser currentUser;

  private final ApplicationEventPublisher events;

  WorkLog(JdbcTemplate jdbc, CurrentUser currentUser, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.events = events;
  }

  /** An entry only staff read. */
  public void add(RecordType type, String number, String action, String text) {
    add(type, number, action, text, Visibility.INTERNAL);
  }

  public void add(RecordType type, String number, String action, String text, Visibility visibility) {
    String kept = text != null && text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    Instant now = EngineClock.now();
    String by = currentUser.id();
    jdbc.update("INSERT INTO itsm_work_log (record_type, number, logged_at, logged_by, action, text, visibility) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?)", type.id(), number, Timestamp.from(now), by, action, kept, visibility.id());
    events.publishEvent(new WorkLogged(type, number, action, kept, visibility, by, now));
  }

  /**
   * For steps a repeated job may run again (a retried timer, a message that arrives twice): the
   * same entry is written once.
   */
  public void once(RecordType type, String number, String action, String text) {
    if (!has(number, action, text)) {
      add(type, number, action, text);
    }
  }

  /** Whether the record's log has this entry. */
  public boolean has(String number, String action, String text) {
    Integer found = jdbc.queryForObject("SELECT count(*) FROM itsm_work_log WHERE number = ? AND action = ? "
        + "AND text = ?", Integer.class, number, action, text);
    return found != null && found > 0;
  }

  /** The record's whole log, oldest first. */
  public List<WorkLogEntry> of(String number) {
    return query(number, false);
  }

  /** What the requester may read: the public entries, oldest first. */
  public List<WorkLogEntry> publicOf(String number) {
    return query(number, true);
  }

  private List<WorkLogEntry> query(String number, boolean publicOnly) {
    return jdbc.query("SELECT logged_at, logged_by, action, text, visibility FROM itsm_work_log WHERE number = ?"
            + (publicOnly ? " AND visibility = 'public'" : "") + " ORDER BY logged_at, id",
        (rs, i) -> new WorkLogEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5)), number);
  }
}
