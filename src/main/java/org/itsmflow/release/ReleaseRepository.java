package org.itsmflow.release;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itsmflow.platform.ListQuery;
import org.itsmflow.platform.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ReleaseRepository {

  private static final String COLUMNS = "number, title, description, type_code, status, revision, requested_by, "
      + "window_start, window_end, deployment_mode, deployment_group, build_version, build_notes, deployed_at, "
      + "deployment_notes, early_life_until, early_life_incidents, problem_number, failure_reason, created_at, "
      + "closed_at, process_instance_id";
  static final String PROBLEM = "problem";
  static final String KNOWN_ERROR = "known-error";

  private final JdbcTemplate jdbc;

  ReleaseRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Release r) {
    jdbc.update("INSERT INTO itsm_release (number, title, description, type_code, status, revision, requested_by, "
            + "window_start, window_end, deployment_mode, deployment_group, created_at, process_instance_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.number(), r.title(), r.description(), r.type(), r.status().name(), r.revision(), r.requestedBy(),
        ts(r.windowStart()), ts(r.windowEnd()), r.deploymentMode(), r.deploymentGroup(), ts(r.createdAt()),
        r.processInstanceId());
  }

  /** Adds these changes (a replanned release keeps its earlier ones on record) and sets the references. */
  void plan(String number, List<String> changes, List<String> problems, List<String> knownErrors) {
    List<String> known = changes(number);
    for (String change : changes) {
      if (!known.contains(change)) {
        jdbc.update("INSERT INTO itsm_release_change (release_number, change_number) VALUES (?, ?)", number, change);
      }
    }
    jdbc.update("DELETE FROM itsm_release_reference WHERE release_number = ?", number);
    for (String problem : problems) {
      jdbc.update("INSERT INTO itsm_release_reference (release_number, record_type, record_number) VALUES (?, ?, ?)",
          number, PROBLEM, problem);
    }
    for (String ke : knownErrors) {
      jdbc.update("INSERT INTO itsm_release_reference (release_number, record_type, record_number) VALUES (?, ?, ?)",
          number, KNOWN_ERROR, ke);
    }
  }

  void updateStatus(String number, ReleaseStatus status) {
    jdbc.update("UPDATE itsm_release SET status = ? WHERE number = ?", status.name(), number);
  }

  void updateWindow(String number, Instant start, Instant end, ReleaseStatus status) {
    jdbc.update("UPDATE itsm_release SET window_start = ?, window_end = ?, status = ? WHERE number = ?", ts(start),
        ts(end), status.name(), number);
  }

  void replan(String number, Instant start, Instant end, int revision) {
    jdbc.update("UPDATE itsm_release SET window_start = ?, window_end = ?, revision = ?, status = ?, "
            + "deployed_at = NULL, deployment_notes = NULL WHERE number = ?", ts(start), ts(end), revision,
        ReleaseStatus.BUILDING.name(), number);
  }

  void updateBuild(String number, String version, String notes) {
    jdbc.update("UPDATE itsm_release SET build_version = ?, build_notes = ? WHERE number = ?", version, notes, number);
  }

  void returnToBuild(String number, int revision, String reason) {
    jdbc.update("UPDATE itsm_release SET revision = ?, status = ?, failure_reason = ? WHERE number = ?", revision,
        ReleaseStatus.BUILDING.name(), reason, number);
  }

  void deployed(String number, Instant at, String notes, ReleaseStatus status, String failureReason) {
    jdbc.update("UPDATE itsm_release SET deployed_at = ?, deployment_notes = ?, status = ?, failure_reason = ? "
        + "WHERE number = ?", ts(at), notes, status.name(), failureReason, number);
  }

  void earlyLife(String number, Instant until) {
    jdbc.update("UPDATE itsm_release SET early_life_until = ?, status = ? WHERE number = ?", ts(until),
        ReleaseStatus.EARLY_LIFE_SUPPORT.name(), number);
  }

  void earlyLifeIncidents(String number, int incidents) {
    jdbc.update("UPDATE itsm_release SET early_life_incidents = ? WHERE number = ?", incidents, number);
  }

  void problem(String number, String problem) {
    jdbc.update("UPDATE itsm_release SET problem_number = ? WHERE number = ?", problem, number);
  }

  void end(String number, ReleaseStatus status, Instant at) {
    jdbc.update("UPDATE itsm_release SET status = ?, closed_at = ? WHERE number = ?", status.name(), ts(at), number);
  }

  Optional<Release> find(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_release WHERE number = ?", this::map, number).stream()
        .findFirst();
  }

  Optional<Release> lock(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_release WHERE number = ? FOR UPDATE", this::map, number)
        .stream().findFirst();
  }

  /** Releases whose window overlaps [from, to), but cancelled ones, by window start. */
  List<Release> windowsBetween(Instant from, Instant to) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_release WHERE status <> 'CANCELLED' AND window_start < ? "
        + "AND window_end > ? ORDER BY window_start, number", this::map, ts(to), ts(from));
  }

  List<Release> find(ReleaseStatus status, String type, int offset, int limit) {
    return ListQuery.select("SELECT " + COLUMNS + " FROM itsm_release").where("status = ?", status)
        .where("type_code = ?", type).page(jdbc, ListQuery.NEWEST_FIRST, offset, limit, this::map);
  }


  List<String> changes(String number) {
    return jdbc.queryForList("SELECT change_number FROM itsm_release_change WHERE release_number = ? "
        + "ORDER BY change_number", String.class, number);
  }


  /** The open release (not closed or cancelled) that bundles this change, other than this one. */
  Optional<String> otherOpenReleaseOf(String change, String number) {
    return jdbc.queryForList("SELECT r.number FROM itsm_release_change c JOIN itsm_release r "
            + "ON r.number = c.release_number WHERE c.change_number = ? AND r.number <> ? "
            + "AND r.status NOT IN ('CLOSED', 'CANCELLED')", String.class, change, number == null ? "" : number)
        .stream().findFirst();
  }

  List<String> references(String number, String type) {
    return jdbc.queryForList("SELECT record_number FROM itsm_release_reference WHERE release_number = ? "
        + "AND record_type = ? ORDER BY record_number", String.class, number, type);
  }



  boolean saveTest(String number, String taskId, ReleaseTest t) {
    if (Rows.count(jdbc, "SELECT count(*) FROM itsm_release_test WHERE task_id = ?", taskId) > 0) {
      return false;
    }
    jdbc.update("INSERT INTO itsm_release_test (release_number, task_id, revision, build_version, result, evidence, "
            + "tested_at, tested_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", number, taskId, t.revision(), t.buildVersion(),
        t.result(), t.evidence(), ts(t.testedAt()), t.testedBy());
    return true;
  }

  List<ReleaseTest> tests(String number) {
    return jdbc.query("SELECT revision, build_version, result, evidence, tested_at, tested_by FROM itsm_release_test "
            + "WHERE release_number = ? ORDER BY tested_at, id",
        (rs, i) -> new ReleaseTest(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
            instant(rs.getTimestamp(5)), rs.getString(6)), number);
  }

  boolean saveAcceptance(String number, String taskId, ReleaseAcceptance a) {
    if (Rows.count(jdbc, "SELECT count(*) FROM itsm_release_acceptance WHERE task_id = ?", taskId) > 0) {
      return false;
    }
    jdbc.update("INSERT INTO itsm_release_acceptance (release_number, task_id, revision, group_id, decision, reason, "
            + "decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", number, taskId, a.revision(), a.groupId(),
        a.decision(), a.reason(), ts(a.decidedAt()), a.decidedBy());
    return true;
  }

  List<ReleaseAcceptance> acceptances(String number) {
    return jdbc.query("SELECT revision, group_id, decision, reason, decided_at, decided_by FROM itsm_release_acceptance "
            + "WHERE release_number = ? ORDER BY decided_at, id",
        (rs, i) -> new ReleaseAcceptance(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
            instant(rs.getTimestamp(5)), rs.getString(6)), number);
  }

  Optional<ReleaseType> type(String code) {
    return jdbc.query("SELECT code, name, description, acceptance, early_life_days, active FROM itsm_release_type "
        + "WHERE code = ?", this::mapType, code).stream().findFirst();
  }

  List<ReleaseType> types() {
    return jdbc.query("SELECT code, name, description, acceptance, early_life_days, active FROM itsm_release_type "
        + "ORDER BY code", this::mapType);
  }

  /** Creates or replaces a type; true if it is new. */
  boolean saveType(ReleaseType t) {
    int updated = jdbc.update("UPDATE itsm_release_type SET name = ?, description = ?, acceptance = ?, "
        + "early_life_days = ?, active = ? WHERE code = ?", t.name(), t.description(), t.acceptance(),
        t.earlyLifeDays(), t.active(), t.code());
    if (updated == 0) {
      jdbc.update("INSERT INTO itsm_release_type (code, name, description, acceptance, early_life_days, active) "
          + "VALUES (?, ?, ?, ?, ?, ?)", t.code(), t.name(), t.description(), t.acceptance(), t.earlyLifeDays(),
          t.active());
      return true;
    }
    return false;
  }

  private ReleaseType mapType(ResultSet rs, int row) throws SQLException {
    return new ReleaseType(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
        rs.getBoolean(6));
  }

  private Release map(ResultSet rs, int row) throws SQLException {
    int count = rs.getInt("early_life_incidents");
    Integer incidents = rs.wasNull() ? null : count;
    return new Release(rs.getString("number"), rs.getString("title"), rs.getString("description"),
        rs.getString("type_code"), ReleaseStatus.valueOf(rs.getString("status")), rs.getInt("revision"),
        rs.getString("requested_by"), instant(rs.getTimestamp("window_start")),
        instant(rs.getTimestamp("window_end")), rs.getString("deployment_mode"), rs.getString("deployment_group"),
        rs.getString("build_version"), rs.getString("build_notes"), instant(rs.getTimestamp("deployed_at")),
        rs.getString("deployment_notes"), instant(rs.getTimestamp("early_life_until")),
        incidents, rs.getString("problem_number"), rs.getString("failure_reason"),
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
