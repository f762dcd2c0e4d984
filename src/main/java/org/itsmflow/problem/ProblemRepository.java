package org.itsmflow.problem;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itsmflow.platform.ListQuery;
import org.itsmflow.platform.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ProblemRepository {

  private static final String COLUMNS = "number, title, description, service_code, source, trend_key, raised_by, "
      + "category, impact, urgency, priority, target_days, target_at, escalation_group, escalated_at, status, "
      + "cause_category, root_cause, workaround, fix_change, fix_notes, fixed_at, verify_until, closure_code, "
      + "closure_notes, created_at, closed_at, process_instance_id, release_number";
  static final String OPEN = "status NOT IN ('CLOSED', 'REJECTED')";

  private final JdbcTemplate jdbc;

  ProblemRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Problem p, List<String> ciIds) {
    jdbc.update("INSERT INTO itsm_problem (number, title, description, service_code, source, trend_key, raised_by, "
            + "status, created_at, process_instance_id, release_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p.number(), p.title(), p.description(), p.serviceCode(), p.source().name(), p.trendKey(), p.raisedBy(),
        p.status().name(), ts(p.createdAt()), p.processInstanceId(), p.releaseNumber());
    addCis(p.number(), ciIds);
  }

  void addCis(String number, List<String> ciIds) {
    List<String> known = cis(number);
    for (String ci : ciIds) {
      if (!known.contains(ci)) {
        jdbc.update("INSERT INTO itsm_problem_ci (number, ci_id) VALUES (?, ?)", number, ci);
      }
    }
  }

  void updateStatus(String number, ProblemStatus status) {
    jdbc.update("UPDATE itsm_problem SET status = ? WHERE number = ?", status.name(), number);
  }

  void prioritise(String number, String category, int impact, int urgency, int priority, int targetDays,
      Instant targetAt, String escalationGroup) {
    jdbc.update("UPDATE itsm_problem SET category = ?, impact = ?, urgency = ?, priority = ?, target_days = ?, "
            + "target_at = ?, escalation_group = ?, escalated_at = NULL, status = ? WHERE number = ?",
        category, impact, urgency, priority, targetDays, ts(targetAt), escalationGroup,
        ProblemStatus.INVESTIGATING.name(), number);
  }

  void updateCause(String number, String causeCategory, String rootCause) {
    jdbc.update("UPDATE itsm_problem SET cause_category = ?, root_cause = ? WHERE number = ?", causeCategory,
        rootCause, number);
  }

  void updateWorkaround(String number, String workaround) {
    jdbc.update("UPDATE itsm_problem SET workaround = ? WHERE number = ?", workaround, number);
  }

  void awaitFix(String number, String changeNumber) {
    jdbc.update("UPDATE itsm_problem SET fix_change = ?, status = ? WHERE number = ?", changeNumber,
        ProblemStatus.AWAITING_FIX.name(), number);
  }

  void fixed(String number, String notes, Instant at) {
    jdbc.update("UPDATE itsm_problem SET fix_notes = ?, fixed_at = ? WHERE number = ?", notes, ts(at), number);
  }

  void verify(String number, Instant until) {
    jdbc.update("UPDATE itsm_problem SET verify_until = ?, status = ? WHERE number = ?", ts(until),
        ProblemStatus.VERIFYING.name(), number);
  }

  /** The fix change failed or was withdrawn: investigation goes on under the same target. */
  void backToInvestigation(String number) {
    jdbc.update("UPDATE itsm_problem SET status = ? WHERE number = ?", ProblemStatus.INVESTIGATING.name(), number);
  }

  /** Back to investigation: the fix did not hold. A new target starts now. */
  void reopen(String number, Instant targetAt) {
    jdbc.update("UPDATE itsm_problem SET status = ?, fixed_at = NULL, verify_until = NULL, target_at = ?, "
        + "escalated_at = NULL WHERE number = ?", ProblemStatus.INVESTIGATING.name(), ts(targetAt), number);
  }

  void decideClosure(String number, String code, String notes) {
    jdbc.update("UPDATE itsm_problem SET closure_code = ?, closure_notes = ? WHERE number = ?", code, notes, number);
  }

  void end(String number, ProblemStatus status, String code, String notes, Instant at) {
    jdbc.update("UPDATE itsm_problem SET status = ?, closure_code = ?, closure_notes = ?, closed_at = ? "
        + "WHERE number = ?", status.name(), code, notes, ts(at), number);
  }

  boolean markEscalated(String number, Instant at) {
    return jdbc.update("UPDATE itsm_problem SET escalated_at = ? WHERE number = ? AND escalated_at IS NULL", ts(at),
        number) == 1;
  }

  Optional<Problem> find(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_problem WHERE number = ?", this::map, number).stream()
        .findFirst();
  }

  Optional<Problem> lock(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_problem WHERE number = ? FOR UPDATE", this::map, number)
        .stream().findFirst();
  }

  List<Problem> find(ProblemStatus status, String service, String ci, Integer priority, int offset, int limit) {
    return ListQuery.select("SELECT " + COLUMNS + " FROM itsm_problem p").where("status = ?", status)
        .where("service_code = ?", service)
        .where("EXISTS (SELECT 1 FROM itsm_problem_ci c WHERE c.number = p.number AND c.ci_id = ?)", ci)
        .where("priority = ?", priority).page(jdbc, ListQuery.NEWEST_FIRST, offset, limit, this::map);
  }


  List<String> cis(String number) {
    return jdbc.queryForList("SELECT ci_id FROM itsm_problem_ci WHERE number = ? ORDER BY ci_id", String.class,
        number);
  }

  /** The open problem an incident is linked to, if any. */
  Optional<String> openProblemOf(String incident) {
    return jdbc.queryForList("SELECT pi.problem_number FROM itsm_problem_incident pi JOIN itsm_problem p "
        + "ON p.number = pi.problem_number WHERE pi.incident_number = ? AND p." + OPEN, String.class, incident)
        .stream().findFirst();
  }

  Optional<String> problemOf(String incident) {
    return jdbc.queryForList("SELECT problem_number FROM itsm_problem_incident WHERE incident_number = ?",
        String.class, incident).stream().findFirst();
  }

  /** Links the incident to this problem (moving it from an ended one); false if it already was. */
  boolean link(String number, String incident, Instant at, String by) {
    Optional<String> current = problemOf(incident);
    if (current.isPresent() && current.get().equals(number)) {
      return false;
    }
    if (current.isPresent()) {
      jdbc.update("UPDATE itsm_problem_incident SET problem_number = ?, linked_at = ?, linked_by = ? "
          + "WHERE incident_number = ?", number, ts(at), by, incident);
    } else {
      jdbc.update("INSERT INTO itsm_problem_incident (incident_number, problem_number, linked_at, linked_by) "
          + "VALUES (?, ?, ?, ?)", incident, number, ts(at), by);
    }
    return true;
  }

  /** An incident linked to a problem, as this table keeps it (the incident's own facts come through IncidentPort). */
  record IncidentLink(String incident, Instant linkedAt, String linkedBy) {}

  List<IncidentLink> incidentLinks(String number) {
    return jdbc.query("SELECT incident_number, linked_at, linked_by FROM itsm_problem_incident "
            + "WHERE problem_number = ? ORDER BY incident_number",
        (rs, row) -> new IncidentLink(rs.getString(1), instant(rs.getTimestamp(2)), rs.getString(3)), number);
  }

  /** Of these incidents, those a problem covers (linked to any problem). */
  Set<String> covered(Collection<String> incidents) {
    return Set.copyOf(Rows.inChunks(incidents, chunk -> jdbc.queryForList("SELECT DISTINCT incident_number "
        + "FROM itsm_problem_incident WHERE incident_number IN (" + Rows.placeholders(chunk) + ")", String.class,
        chunk.toArray())));
  }

  int incidentCount(String number) {
    return Rows.count(jdbc, "SELECT count(*) FROM itsm_problem_incident WHERE problem_number = ?", number);
  }

  boolean saveAnalysis(String number, String sourceId, RootCauseAnalysis a) {
    if (Rows.count(jdbc, "SELECT count(*) FROM itsm_problem_rca WHERE source_id = ?", sourceId) > 0) {
      return false;
    }
    jdbc.update("INSERT INTO itsm_problem_rca (number, source_id, method, cause_category, findings, root_cause, "
            + "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        number, sourceId, a.method(), a.causeCategory(), a.findings(), a.rootCause(), ts(a.recordedAt()),
        a.recordedBy());
    return true;
  }

  List<RootCauseAnalysis> analyses(String number) {
    return jdbc.query("SELECT method, cause_category, findings, root_cause, recorded_at, recorded_by "
            + "FROM itsm_problem_rca WHERE number = ? ORDER BY recorded_at, id",
        (rs, row) -> new RootCauseAnalysis(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            instant(rs.getTimestamp(5)), rs.getString(6)),
        number);
  }

  boolean openProblemOnCi(String ci) {
    return Rows.count(jdbc, "SELECT count(*) FROM itsm_problem_ci c JOIN itsm_problem p ON p.number = c.number "
        + "WHERE c.ci_id = ? AND p." + OPEN, ci) > 0;
  }

  boolean openProblemWithTrend(String trendKey) {
    return Rows.count(jdbc, "SELECT count(*) FROM itsm_problem WHERE trend_key = ? AND " + OPEN, trendKey) > 0;
  }

  private Problem map(ResultSet rs, int row) throws SQLException {
    return new Problem(rs.getString("number"), rs.getString("title"), rs.getString("description"),
        rs.getString("service_code"), ProblemSource.valueOf(rs.getString("source")), rs.getString("trend_key"),
        rs.getString("raised_by"), rs.getString("category"), integer(rs, "impact"), integer(rs, "urgency"),
        integer(rs, "priority"), integer(rs, "target_days"), instant(rs.getTimestamp("target_at")),
        rs.getString("escalation_group"), instant(rs.getTimestamp("escalated_at")),
        ProblemStatus.valueOf(rs.getString("status")), rs.getString("cause_category"), rs.getString("root_cause"),
        rs.getString("workaround"), rs.getString("fix_change"), rs.getString("fix_notes"),
        instant(rs.getTimestamp("fixed_at")), instant(rs.getTimestamp("verify_until")), rs.getString("closure_code"),
        rs.getString("closure_notes"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("closed_at")),
        rs.getString("process_instance_id"), rs.getString("release_number"));
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
