package org.itsmflow.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.itsmflow.platform.Rows;
import org.itsmflow.platform.TransactionScoped;
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
  /** Each record's clocks as this transaction read or wrote them: one request reads them once. */
  private final TransactionScoped<String, Kept> kept;

  SlaClockRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.kept = new TransactionScoped<>(jdbc.getDataSource());
  }

  /** A record's clocks; {@code locked} when this transaction holds every one's row lock. */
  private record Kept(List<SlaClock> clocks, boolean locked) {}

  void insert(SlaClock c) {
    jdbc.update("INSERT INTO itsm_sla_clock (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        c.id(), c.recordRef(), c.target().name(), c.serviceCode(), c.priority(), c.calendarId(),
        c.timer().target().toMinutes(), c.timer().warningPercent(), c.timer().banked().toSeconds(),
        ts(c.timer().runningSince()), ts(c.startedAt()), ts(c.warningAt()), ts(c.dueAt()), ts(c.warnedAt()),
        ts(c.breachedAt()), ts(c.stoppedAt()), c.notifyGroup(), c.escalationGroup(), c.processInstanceId(),
        c.inRecordProcess() ? IN_RECORD_PROCESS : IN_SLA_CLOCK);
    // A row this transaction inserted is its own until it commits.
    Optional<Kept> held = kept.get(c.recordRef()).filter(Kept::locked);
    if (held.isPresent()) {
      List<SlaClock> clocks = new ArrayList<>(held.get().clocks());
      clocks.add(asStored(c, c));
      clocks.sort(Comparator.comparing(SlaClock::id));
      kept.put(c.recordRef(), new Kept(List.copyOf(clocks), true));
    } else {
      kept.forget(c.recordRef());
    }
  }

  void update(SlaClock c) {
    jdbc.update("UPDATE itsm_sla_clock SET service_code = ?, priority = ?, calendar_id = ?, target_minutes = ?, "
            + "warning_percent = ?, banked_seconds = ?, running_since = ?, warning_at = ?, due_at = ?, warned_at = ?, "
            + "breached_at = ?, stopped_at = ?, notify_group = ?, process_instance_id = ? WHERE id = ?",
        c.serviceCode(), c.priority(), c.calendarId(), c.timer().target().toMinutes(), c.timer().warningPercent(),
        c.timer().banked().toSeconds(), ts(c.timer().runningSince()), ts(c.warningAt()), ts(c.dueAt()),
        ts(c.warnedAt()), ts(c.breachedAt()), ts(c.stoppedAt()), c.notifyGroup(), c.processInstanceId(), c.id());
    kept.get(c.recordRef()).ifPresent(before -> kept.put(c.recordRef(), new Kept(before.clocks().stream()
        .map(k -> k.id().equals(c.id()) ? asStored(c, k) : k).toList(), before.locked())));
  }

  /** Every clock of the record notifies {@code group} from now on. */
  void notifyGroup(String recordRef, String group) {
    jdbc.update("UPDATE itsm_sla_clock SET notify_group = ? WHERE record_ref = ?", group, recordRef);
    kept.get(recordRef).ifPresent(before -> kept.put(recordRef, new Kept(
        before.clocks().stream().map(c -> c.notifying(group)).toList(), before.locked())));
  }

  /** Locked until the transaction ends: a timer job and an API call never change one clock at once. */
  Optional<SlaClock> lock(String id) {
    Optional<SlaClock> locked = jdbc.query("SELECT " + COLUMNS + " FROM itsm_sla_clock WHERE id = ? FOR UPDATE",
        this::map, id).stream().findFirst();
    // Other clocks of the record stay as kept; this one as it is now.
    locked.ifPresent(c -> kept.get(c.recordRef()).ifPresent(before -> kept.put(c.recordRef(), new Kept(
        before.clocks().stream().map(k -> k.id().equals(c.id()) ? c : k).toList(), before.locked()))));
    return locked;
  }

  List<SlaClock> lockAll(String recordRef) {
    Optional<Kept> held = kept.get(recordRef).filter(Kept::locked);
    if (held.isPresent()) {
      return held.get().clocks();
    }
    List<SlaClock> clocks = jdbc.query("SELECT " + COLUMNS + " FROM itsm_sla_clock WHERE record_ref = ? ORDER BY id "
        + "FOR UPDATE", this::map, recordRef);
    kept.put(recordRef, new Kept(clocks, true));
    return clocks;
  }

  List<SlaClock> findAll(String recordRef) {
    Optional<Kept> read = kept.get(recordRef);
    if (read.isPresent()) {
      return read.get().clocks();
    }
    List<SlaClock> clocks = jdbc.query("SELECT " + COLUMNS + " FROM itsm_sla_clock WHERE record_ref = ? ORDER BY id",
        this::map, recordRef);
    kept.put(recordRef, new Kept(clocks, false));
    return clocks;
  }

  /**
   * The clock as the database now holds it after {@link #update}: the columns it writes from
   * {@code c} at the columns' precision (whole minutes, whole seconds, microseconds), the others
   * as they were.
   */
  private static SlaClock asStored(SlaClock c, SlaClock before) {
    SlaTimer timer = new SlaTimer(Duration.ofMinutes(c.timer().target().toMinutes()), c.timer().warningPercent(),
        Duration.ofSeconds(c.timer().banked().toSeconds()), Rows.asStored(c.timer().runningSince()));
    return new SlaClock(before.id(), before.recordRef(), before.target(), c.serviceCode(), c.priority(),
        c.calendarId(), timer, Rows.asStored(before.startedAt()), Rows.asStored(c.warningAt()),
        Rows.asStored(c.dueAt()), Rows.asStored(c.warnedAt()), Rows.asStored(c.breachedAt()),
        Rows.asStored(c.stoppedAt()), c.notifyGroup(), before.escalationGroup(), c.processInstanceId(),
        before.inRecordProcess());
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
