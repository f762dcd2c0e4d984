package org.itsmflow.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.itsmflow.platform.ListQuery;
import org.itsmflow.platform.Rows;
import org.itsmflow.platform.TransactionScoped;
import org.itsmflow.record.WorkLog;
import org.itsmflow.sla.SlaClocks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class IncidentRepository {

  private static final String COLUMNS = "number, title, description, service_code, ci_id, category, impact, urgency, "
      + "priority, status, assignment_group, major, reported_by, channel, resolution_code, resolution, created_at, "
      + "resolved_at, closed_at, process_instance_id, parent_number";

  private final JdbcTemplate jdbc;
  /** Incidents this transaction read, locked or wrote: a request and its delegates read one once. */
  private final TransactionScoped<String, Kept> kept;

  IncidentRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.kept = new TransactionScoped<>(jdbc.getDataSource());
  }

  /** As read or written in this transaction; {@code locked} when no other transaction can change it any more. */
  private record Kept(Incident incident, boolean locked) {}

  void insert(Incident i) {
    jdbc.update("INSERT INTO itsm_incident (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        i.number(), i.title(), i.description(), i.serviceCode(), i.ciId(), i.category(), i.impact(), i.urgency(),
        i.priority(), i.status().name(), i.assignmentGroup(), i.major(), i.reportedBy(), i.channel(),
        i.resolutionCode(), i.resolution(), ts(i.createdAt()), ts(i.resolvedAt()), ts(i.closedAt()),
        i.processInstanceId(), i.parentNumber());
    // Nobody else sees a row this transaction inserted until it commits.
    kept.put(i.number(), new Kept(asStored(i), true));
  }

  void update(Incident i) {
    int updated = jdbc.update("UPDATE itsm_incident SET priority = ?, status = ?, assignment_group = ?, major = ?, "
            + "resolution_code = ?, resolution = ?, resolved_at = ?, closed_at = ?, process_instance_id = ?, "
            + "parent_number = ? WHERE number = ?",
        i.priority(), i.status().name(), i.assignmentGroup(), i.major(), i.resolutionCode(), i.resolution(),
        ts(i.resolvedAt()), ts(i.closedAt()), i.processInstanceId(), i.parentNumber(), i.number());
    // The row as the database now has it: the columns written from i, the others as read before.
    Optional<Incident> before = kept.get(i.number()).map(Kept::incident);
    if (updated == 1 && before.isPresent()) {
      Incident b = before.get();
      // The update holds the row's lock until the transaction ends.
      kept.put(i.number(), new Kept(asStored(new Incident(b.number(), b.title(), b.description(), b.serviceCode(),
          b.ciId(), b.category(), b.impact(), b.urgency(), i.priority(), i.status(), i.assignmentGroup(), i.major(),
          b.reportedBy(), b.channel(), i.resolutionCode(), i.resolution(), b.createdAt(), i.resolvedAt(),
          i.closedAt(), i.processInstanceId(), i.parentNumber())), true));
    } else {
      kept.forget(i.number());
    }
  }

  void updateDetails(String number, String title, String description, String ciId, String category) {
    jdbc.update("UPDATE itsm_incident SET title = ?, description = ?, ci_id = ?, category = ? WHERE number = ?",
        title, description, ciId, category, number);
    kept.forget(number);
  }

  void updateImpact(String number, int impact, int urgency) {
    jdbc.update("UPDATE itsm_incident SET impact = ?, urgency = ? WHERE number = ?", impact, urgency, number);
    kept.forget(number);
  }

  Optional<Incident> find(String number) {
    return kept.get(number, () -> jdbc.query("SELECT " + COLUMNS + " FROM itsm_incident WHERE number = ?", this::map,
        number).stream().findFirst().map(i -> new Kept(i, false))).map(Kept::incident);
  }

  /** With a row lock: the process and API requests change one incident one after the other. */
  Optional<Incident> lock(String number) {
    Optional<Kept> held = kept.get(number).filter(Kept::locked);
    if (held.isPresent()) {
      return held.map(Kept::incident);
    }
    Optional<Incident> locked = jdbc.query("SELECT " + COLUMNS + " FROM itsm_incident WHERE number = ? FOR UPDATE",
        this::map, number).stream().findFirst();
    locked.ifPresent(i -> kept.put(number, new Kept(i, true)));
    return locked;
  }

  /** The incident as the database returns it: timestamps to the microsecond. */
  private static Incident asStored(Incident i) {
    return new Incident(i.number(), i.title(), i.description(), i.serviceCode(), i.ciId(), i.category(), i.impact(),
        i.urgency(), i.priority(), i.status(), i.assignmentGroup(), i.major(), i.reportedBy(), i.channel(),
        i.resolutionCode(), i.resolution(), Rows.asStored(i.createdAt()), Rows.asStored(i.resolvedAt()),
        Rows.asStored(i.closedAt()), i.processInstanceId(), i.parentNumber());
  }

  /** These incidents, by number (for other processes, through IncidentPort). */
  List<Incident> find(Collection<String> numbers) {
    return Rows.inChunks(numbers, chunk -> jdbc.query("SELECT " + COLUMNS + " FROM itsm_incident WHERE number IN ("
        + Rows.placeholders(chunk) + ") ORDER BY number", this::map, chunk.toArray()));
  }

  /** The open incidents on a CI, newest first. */
  List<Incident> openOnCi(String ciId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_incident WHERE ci_id = ? AND status IN ('NEW', 'IN_PROGRESS', "
        + "'ON_HOLD') ORDER BY created_at DESC, number DESC", this::map, ciId);
  }

  /** The incidents reported since then, by number. */
  List<Incident> reportedSince(Instant since) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_incident WHERE created_at >= ? ORDER BY number", this::map,
        Timestamp.from(since));
  }

  List<Incident> find(IncidentQuery q) {
    return ListQuery.select("SELECT " + COLUMNS + " FROM itsm_incident i")
        .where(Boolean.TRUE.equals(q.open()), "status IN ('NEW', 'IN_PROGRESS', 'ON_HOLD')")
        .where(Boolean.FALSE.equals(q.open()), "status IN ('RESOLVED', 'CLOSED')")
        .where("status = ?", q.status()).where("priority = ?", q.priority()).where("service_code = ?", q.serviceCode())
        .where("assignment_group = ?", q.group())
        .where(Boolean.TRUE.equals(q.breached()), "i.number IN (" + SlaClocks.BREACHED_RECORDS + ")")
        .where(Boolean.FALSE.equals(q.breached()), "NOT i.number IN (" + SlaClocks.BREACHED_RECORDS + ")")
        .page(jdbc, ListQuery.NEWEST_FIRST, q.offset(), q.limit(), this::map);
  }

  /** The incidents these people reported, newest first. */
  List<Incident> reportedBy(Collection<String> reporters, int limit) {
    return ListQuery.select("SELECT " + COLUMNS + " FROM itsm_incident i").whereIn("reported_by", reporters)
        .page(jdbc, ListQuery.NEWEST_FIRST, 0, limit, this::map);
  }

  /** The workspace's list: one page in the asked order and the number of all that match. */
  IncidentSearch.Page search(IncidentSearch q) {
    List<Incident> page = filtered(ListQuery.select("SELECT " + COLUMNS + " FROM itsm_incident i"), q)
        .page(jdbc, q.order().sql, q.offset(), q.limit(), this::map);
    // A first page that is not full is all there is: no second pass over the table to count.
    long total = q.offset() == 0 && page.size() < q.limit() ? page.size()
        : filtered(ListQuery.select("SELECT count(*) FROM itsm_incident i"), q).count(jdbc);
    return new IncidentSearch.Page(page, total);
  }

  private static ListQuery filtered(ListQuery query, IncidentSearch q) {
    String text = q.text() == null || q.text().isBlank() ? null : WorkLog.containing(q.text().trim());
    return query
        .where(Boolean.TRUE.equals(q.open()), "status IN ('NEW', 'IN_PROGRESS', 'ON_HOLD')")
        .where(Boolean.FALSE.equals(q.open()), "status IN ('RESOLVED', 'CLOSED')")
        .where("status = ?", q.status()).where("priority = ?", q.priority()).where("service_code = ?", q.serviceCode())
        .where("assignment_group = ?", q.group())
        .whereIn("assignment_group", q.groups())
        // The open task's assignee is the engine's; the process instance ties it to the record.
        .where("i.process_instance_id IN (SELECT PROC_INST_ID_ FROM ACT_RU_TASK WHERE ASSIGNEE_ = ?)", q.assignee())
        .where(Boolean.TRUE.equals(q.breached()), "i.number IN (" + SlaClocks.BREACHED_RECORDS + ")")
        .where(Boolean.FALSE.equals(q.breached()), "NOT i.number IN (" + SlaClocks.BREACHED_RECORDS + ")")
        .where("(LOWER(i.number) LIKE ? ESCAPE '\\' OR LOWER(i.title) LIKE ? ESCAPE '\\' "
            + "OR LOWER(i.description) LIKE ? ESCAPE '\\' OR i.number IN (" + WorkLog.MENTIONING + "))", text)
        .where("created_at >= ?", q.createdFrom() == null ? null : Timestamp.from(q.createdFrom()))
        .where("created_at < ?", q.createdBefore() == null ? null : Timestamp.from(q.createdBefore()));
  }

  boolean hasReview(String number) {
    Integer count = jdbc.queryForObject("SELECT count(*) FROM itsm_major_incident_review WHERE number = ?",
        Integer.class, number);
    return count != null && count > 0;
  }

  void insertReview(String number, Instant at, String by, String timeline, String cause, String actions,
      String improvements) {
    jdbc.update("INSERT INTO itsm_major_incident_review (number, reviewed_at, reviewed_by, timeline, cause, actions, "
        + "improvements) VALUES (?, ?, ?, ?, ?, ?, ?)", number, ts(at), by, timeline, cause, actions, improvements);
  }

  private Incident map(ResultSet rs, int row) throws SQLException {
    Integer priority = rs.getObject("priority") == null ? null : rs.getInt("priority");
    return new Incident(rs.getString("number"), rs.getString("title"), rs.getString("description"),
        rs.getString("service_code"), rs.getString("ci_id"), rs.getString("category"), rs.getInt("impact"),
        rs.getInt("urgency"), priority, IncidentStatus.valueOf(rs.getString("status")),
        rs.getString("assignment_group"), rs.getBoolean("major"), rs.getString("reported_by"),
        rs.getString("channel"), rs.getString("resolution_code"), rs.getString("resolution"),
        instant(rs, "created_at"), instant(rs, "resolved_at"), instant(rs, "closed_at"),
        rs.getString("process_instance_id"), rs.getString("parent_number"));
  }

  List<String> openChildren(String parentNumber) {
    return jdbc.queryForList("SELECT number FROM itsm_incident WHERE parent_number = ? "
        + "AND status IN ('NEW', 'IN_PROGRESS', 'ON_HOLD') ORDER BY number", String.class, parentNumber);
  }

  List<String> children(String parentNumber) {
    return jdbc.queryForList("SELECT number FROM itsm_incident WHERE parent_number = ? ORDER BY number",
        String.class, parentNumber);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
