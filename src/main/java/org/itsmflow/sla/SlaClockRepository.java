package org.itsmflow.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class SlaClockRepository {

  private static final String COLUMNS = "id, record_ref, target, service_code, priority, calendar_id, target_minutes, "
      + "warning_percent, banked_seconds, running_since, started_at, warning_at, due_at, warned_at, breached_at, "
      + "stopped_at, notify_group, escalation_group, process_instance_id, timers";
  private static final String IN_RECORD_PROCESS = "record";
  private static final String IN_SLA_CLOCK = "sla-clock";

  private final JdbcTemplate jdbc;

  SlaClockRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(SlaClock c) {
    jdbc.update("INSERT INTO itsm_sla_clock (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        c.id(), c.recordRef(), c.target().name(), c.serviceCode(), c.priority(), c.calendarId(),
        c.timer().target().toMinutes(), c.timer().warningPercent(), c.timer().banked().toSeconds(),
        ts(c.timer().runningSince()), ts(c.startedAt()), ts(c.warningAt()), ts(c.dueAt()), ts(c.warnedAt()),
        ts(c.breachedAt()), ts(c.stoppedAt()), c.notifyGroup(), c.escalationGroup(), c.processInstanceId(),
        c.inRecordProcess() ? IN_RECORD_PROCESS : IN_SLA_CLOCK);
  }

  void update(SlaClock c) {
    jdbc.update("UPDATE itsm_sla_clock SET service_code = ?, priority = ?, calendar_id = ?, target_minutes = ?, "
            + "warning_percent = ?, banked_seconds = ?, running_since = ?, warning_at = ?, due_at = ?, warned_at = ?, "
            + "breached_at = ?, stopped_at = ?, notify_group = ?, process_instance_id = ? WHERE id = ?",
        c.serviceCode(), c.priority(), c.calendarId(), c.timer().target().toMinutes(), c.timer().warningPercent(),
        c.timer().banked().toSeconds(), ts(c.timer().runningSince()), ts(c.warningAt()), ts(c.dueAt()),
        ts(c.warnedAt()), ts(c.breachedAt()), ts(c.stoppedAt()), c.notifyGroup(), c.processInstanceId(), c.id());
  }

  /** Locked until the transaction ends: a timer job and an API call never change one clock at once. */
  Optional<SlaClock> lock(String id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_sla_clock WHERE id = ? FOR UPDATE", this::map, id)
        .stream().findFirst();
  }

  List<SlaClock> lockAll(String recordRef) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_sla_clock WHERE record_ref = ? ORDER BY id FOR UPDATE",
        this::map, recordRef);
  }

  List<SlaClock> findAll(String recordRef) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_sla_clock WHERE record_ref = ?",
        this::map, recordRef);
  }

  private SlaClock map(ResultSet rs, int row) throws SQLException {
    SlaTimer timer = new SlaTimer(Duration.ofMinutes(rs.getInt("target_minutes")), rs.getInt("warning_percent"),
        Duration.ofSeconds(rs.getLong("banked_seconds")), instant(rs, "running_since"));
    return new SlaClock(rs.getString("id"), rs.getString("record_ref"), SlaTarget.valueOf(rs.getString("target")),
        rs.getString("service_code"), rs.getInt("priority"), rs.getString("calendar_id"), timer,
        instant(rs, "started_at"), instant(rs, "warning_at"), instant(rs, "due_at"), instant(rs, "warned_at"),
        instant(rs, "breached_at"), instant(rs, "stopped_at"), rs.getString("notify_group"),
        rs.getString("escalation_group"), rs.getString("process_instance_id"),
        IN_RECORD_PROCESS.equals(rs.getString("timers")));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
