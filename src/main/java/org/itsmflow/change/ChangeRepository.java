package org.itsmflow.change;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itsmflow.platform.ListQuery;
import org.itsmflow.platform.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ChangeRepository {

  private static final String COLUMNS = "number, title, description, category, template_code, service_code, impact, "
      + "requested_by, implementation_group, implementation_plan, backout_plan, backout_tested, planned_start, "
      + "planned_end, risk, risk_reason, authority, status, revision, schedule_conflicts, outcome, "
      + "implementation_notes, implemented_at, problem_number, release_number, created_at, closed_at, "
      + "process_instance_id";

  private final JdbcTemplate jdbc;

  ChangeRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Change c, List<String> ciIds) {
    jdbc.update("INSERT INTO itsm_change (" + COLUMNS + ") VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        c.number(), c.title(), c.description(), c.category().name(), c.templateCode(), c.serviceCode(), c.impact(),
        c.requestedBy(), c.implementationGroup(), c.implementationPlan(), c.backoutPlan(), c.backoutTested(),
        ts(c.plannedStart()), ts(c.plannedEnd()), c.risk(), c.riskReason(), c.authority(), c.status().name(),
        c.revision(), c.scheduleConflicts(), c.outcome(), c.implementationNotes(), ts(c.implementedAt()),
        c.problemNumber(), c.releaseNumber(), ts(c.createdAt()), ts(c.closedAt()), c.processInstanceId());
    replaceCis(c.number(), ciIds);
  }

  /** A resubmitted RFC: the revised fields, back to assessment under the next revision. */
  void revise(Change c) {
    jdbc.update("UPDATE itsm_change SET description = ?, implementation_plan = ?, backout_plan = ?, "
            + "backout_tested = ?, planned_start = ?, planned_end = ?, risk = NULL, risk_reason = NULL, "
            + "authority = NULL, schedule_conflicts = NULL, status = ?, revision = ? WHERE number = ?",
        c.description(), c.implementationPlan(), c.backoutPlan(), c.backoutTested(), ts(c.plannedStart()),
        ts(c.plannedEnd()), c.status().name(), c.revision(), c.number());
  }

  void updateStatus(String number, ChangeStatus status) {
    jdbc.update("UPDATE itsm_change SET status = ? WHERE number = ?", status.name(), number);
  }

  void updateRisk(String number, String risk, String reason) {
    jdbc.update("UPDATE itsm_change SET risk = ?, risk_reason = ? WHERE number = ?", risk, reason, number);
  }

  void updateAuthority(String number, String authority, ChangeStatus status) {
    jdbc.update("UPDATE itsm_change SET authority = ?, status = ? WHERE number = ?", authority, status.name(), number);
  }

  void updateConflicts(String number, String conflicts, ChangeStatus status) {
    jdbc.update("UPDATE itsm_change SET schedule_conflicts = ?, status = ? WHERE number = ?", conflicts, status.name(),
        number);
  }

  void updateSchedule(String number, Instant start, Instant end, ChangeStatus status) {
    jdbc.update("UPDATE itsm_change SET planned_start = ?, planned_end = ?, status = ? WHERE number = ?", ts(start),
        ts(end), status.name(), number);
  }

  void updateImplementation(String number, ChangeStatus status, String outcome, String notes, Instant at) {
    jdbc.update("UPDATE itsm_change SET status = ?, outcome = ?, implementation_notes = ?, implemented_at = ? "
        + "WHERE number = ?", status.name(), outcome, notes, ts(at), number);
  }

  void updateRelease(String number, String release, ChangeStatus status) {
    jdbc.update("UPDATE itsm_change SET release_number = ?, status = ? WHERE number = ?", release, status.name(), number);
  }

  void end(String number, ChangeStatus status, Instant at) {
    jdbc.update("UPDATE itsm_change SET status = ?, closed_at = ? WHERE number = ?", status.name(), ts(at), number);
  }

  void replaceCis(String number, List<String> ciIds) {
    jdbc.update("DELETE FROM itsm_change_ci WHERE number = ?", number);
    for (String ci : ciIds) {
      jdbc.update("INSERT INTO itsm_change_ci (number, ci_id) VALUES (?, ?)", number, ci);
    }
  }

  List<String> cis(String number) {
    return jdbc.queryForList("SELECT ci_id FROM itsm_change_ci WHERE number = ? ORDER BY ci_id", String.class, number);
  }

  /** These changes, by number (for other processes, through ChangePort). */
  List<Change> find(Collection<String> numbers) {
    return Rows.inChunks(numbers, chunk -> jdbc.query("SELECT " + COLUMNS + " FROM itsm_change WHERE number IN ("
        + Rows.placeholders(chunk) + ") ORDER BY number", this::map, chunk.toArray()));
  }

  /** The numbers of the changes on a CI that have not ended (nor been rejected). */
  List<String> openOnCi(String ciId) {
    return jdbc.queryForList("SELECT c.number FROM itsm_change c JOIN itsm_change_ci ci ON ci.number = c.number "
        + "WHERE ci.ci_id = ? AND NOT c.status IN ('CLOSED', 'WITHDRAWN', 'REJECTED') ORDER BY c.number", String.class,
        ciId);
  }

  /** The CIs of these changes: change number -> its CIs in order. */
  Map<String, List<String>> cis(Collection<String> numbers) {
    Map<String, List<String>> cis = new HashMap<>();
    Rows.inChunks(numbers, chunk -> jdbc.query("SELECT number, ci_id FROM itsm_change_ci WHERE number IN ("
        + Rows.placeholders(chunk) + ") ORDER BY number, ci_id", (rs, i) -> List.of(rs.getString(1), rs.getString(2)),
        chunk.toArray())).forEach(row -> cis.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(1)));
    return cis;
  }

  Optional<Change> find(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_change WHERE number = ?", this::map, number)
        .stream().findFirst();
  }

  /** With a row lock: the process and API requests change one change one after the other. */
  Optional<Change> lock(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_change WHERE number = ? FOR UPDATE", this::map, number)
        .stream().findFirst();
  }

  List<Change> find(ChangeStatus status, ChangeCategory category, String service, String ci, int offset, int limit) {
    return ListQuery.select("SELECT " + COLUMNS + " FROM itsm_change c").where("status = ?", status)
        .where("category = ?", category).where("service_code = ?", service)
        .where("EXISTS (SELECT 1 FROM itsm_change_ci x WHERE x.number = c.number AND x.ci_id = ?)", ci)
        .page(jdbc, ListQuery.NEWEST_FIRST, offset, limit, this::map);
  }


  /** Changes holding a slot (authorised to remediating) that overlap [from, to). */
  List<Change> scheduledBetween(Instant from, Instant to) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_change WHERE status IN ('AUTHORISED', 'SCHEDULED', "
            + "'IMPLEMENTING', 'REMEDIATING') AND planned_start < ? AND planned_end > ? ORDER BY planned_start, number",
        this::map, ts(to), ts(from));
  }

  /** Changes that overlap [from, to) in any status but withdrawn, for the schedule of change. */
  List<Change> plannedBetween(Instant from, Instant to) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_change WHERE status NOT IN ('WITHDRAWN', 'REJECTED') "
            + "AND planned_start < ? AND planned_end > ? ORDER BY planned_start, number",
        this::map, ts(to), ts(from));
  }

  /** Earlier changes with an outcome on any of these CIs: {failed, total}. */
  int[] outcomesOnCis(String number, List<String> ciIds) {
    if (ciIds.isEmpty()) {
      return new int[] {0, 0};
    }
    String in = String.join(", ", ciIds.stream().map(c -> "?").toList());
    List<Object> args = new ArrayList<>(ciIds);
    args.add(number);
    return jdbc.queryForObject("SELECT count(CASE WHEN c.outcome = 'failed' THEN 1 END), count(*) FROM itsm_change c "
            + "WHERE c.outcome IS NOT NULL AND EXISTS (SELECT 1 FROM itsm_change_ci x WHERE x.number = c.number "
            + "AND x.ci_id IN (" + in + ")) AND c.number <> ?",
        (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}, args.toArray());
  }

  boolean insertDecision(String number, int revision, String kind, String decidedBy, String decision, String comment,
      boolean ownerVeto, Instant at, String taskId) {
    Integer done = jdbc.queryForObject("SELECT count(*) FROM itsm_change_decision WHERE task_id = ?", Integer.class,
        taskId);
    if (done != null && done > 0) {
      return false;
    }
    jdbc.update("INSERT INTO itsm_change_decision (number, revision, kind, decided_by, decision, comment, owner_veto, "
        + "decided_at, task_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", number, revision, kind, decidedBy, decision,
        comment, ownerVeto, ts(at), taskId);
    return true;
  }

  List<ChangeDecision> decisions(String number) {
    return jdbc.query("SELECT revision, kind, decided_by, decision, comment, owner_veto, decided_at "
            + "FROM itsm_change_decision WHERE number = ? ORDER BY decided_at, id",
        (rs, i) -> new ChangeDecision(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getBoolean(6), instant(rs.getTimestamp(7))), number);
  }

  void saveReview(String number, Instant at, String by, String effectiveness, String sideEffects, String lessons) {
    jdbc.update("DELETE FROM itsm_change_review WHERE number = ?", number);
    jdbc.update("INSERT INTO itsm_change_review (number, reviewed_at, reviewed_by, effectiveness, side_effects, "
        + "lessons) VALUES (?, ?, ?, ?, ?, ?)", number, ts(at), by, effectiveness, sideEffects, lessons);
  }

  Optional<ChangeReview> review(String number) {
    return jdbc.query("SELECT reviewed_at, reviewed_by, effectiveness, side_effects, lessons FROM itsm_change_review "
            + "WHERE number = ?", (rs, i) -> new ChangeReview(instant(rs.getTimestamp(1)), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5)), number)
        .stream().findFirst();
  }

  boolean linkIncident(String number, String incident, Instant at, String by) {
    Integer linked = jdbc.queryForObject("SELECT count(*) FROM itsm_change_incident WHERE number = ? "
        + "AND incident_number = ?", Integer.class, number, incident);
    if (linked != null && linked > 0) {
      return false;
    }
    jdbc.update("INSERT INTO itsm_change_incident (number, incident_number, linked_at, linked_by) VALUES (?, ?, ?, ?)",
        number, incident, ts(at), by);
    return true;
  }

  List<String> causedIncidents(String number) {
    return jdbc.queryForList("SELECT incident_number FROM itsm_change_incident WHERE number = ? "
        + "ORDER BY incident_number", String.class, number);
  }

  private Change map(ResultSet rs, int row) throws SQLException {
    return new Change(rs.getString("number"), rs.getString("title"), rs.getString("description"),
        ChangeCategory.valueOf(rs.getString("category").toUpperCase(Locale.ROOT)), rs.getString("template_code"),
        rs.getString("service_code"), rs.getInt("impact"), rs.getString("requested_by"),
        rs.getString("implementation_group"), rs.getString("implementation_plan"), rs.getString("backout_plan"),
        rs.getBoolean("backout_tested"), instant(rs.getTimestamp("planned_start")),
        instant(rs.getTimestamp("planned_end")), rs.getString("risk"), rs.getString("risk_reason"),
        rs.getString("authority"), ChangeStatus.valueOf(rs.getString("status")), rs.getInt("revision"),
        rs.getString("schedule_conflicts"), rs.getString("outcome"), rs.getString("implementation_notes"),
        instant(rs.getTimestamp("implemented_at")), rs.getString("problem_number"), rs.getString("release_number"),
        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("closed_at")),
        rs.getString("process_instance_id"));
  }

  static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
