package org.itsmflow.improvement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itsmflow.platform.ListQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ImprovementRepository {

  private static final String COLUMNS = "number, title, description, source, source_reference, raised_by, benefit, "
      + "effort, risk, alignment, priority, status, decision_reason, decided_by, owner_group, expected_outcome, "
      + "measure, target_value, review_days, implementation_notes, implemented_at, review_at, actual_value, "
      + "actual_outcome, achieved, lessons, plan_round, created_at, closed_at, process_instance_id";

  private final JdbcTemplate jdbc;

  ImprovementRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Improvement i) {
    jdbc.update("INSERT INTO itsm_improvement (number, title, description, source, source_reference, raised_by, "
            + "benefit, effort, risk, alignment, status, plan_round, created_at, process_instance_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        i.number(), i.title(), i.description(), i.source(), i.sourceReference(), i.raisedBy(), i.benefit(),
        i.effort(), i.risk(), i.alignment(), i.status().name(), i.planRound(), ts(i.createdAt()),
        i.processInstanceId());
  }

  void priority(String number, int priority) {
    jdbc.update("UPDATE itsm_improvement SET priority = ? WHERE number = ?", priority, number);
  }

  void decide(String number, ImprovementStatus status, String reason, String by, String ownerGroup) {
    jdbc.update("UPDATE itsm_improvement SET status = ?, decision_reason = ?, decided_by = ?, owner_group = ? "
        + "WHERE number = ?", status.name(), reason, by, ownerGroup, number);
  }

  void plan(String number, String expected, String measure, String target, int reviewDays, int round) {
    jdbc.update("UPDATE itsm_improvement SET expected_outcome = ?, measure = ?, target_value = ?, review_days = ?, "
            + "plan_round = ?, status = ?, implementation_notes = NULL, implemented_at = NULL, review_at = NULL, "
            + "actual_value = NULL, actual_outcome = NULL, achieved = NULL WHERE number = ?", expected, measure, target,
        reviewDays, round, ImprovementStatus.IMPLEMENTING.name(), number);
  }

  void implemented(String number, String notes, Instant at, Instant reviewAt) {
    jdbc.update("UPDATE itsm_improvement SET implementation_notes = ?, implemented_at = ?, review_at = ?, status = ? "
        + "WHERE number = ?", notes, ts(at), ts(reviewAt), ImprovementStatus.IN_REVIEW_PERIOD.name(), number);
  }

  void measured(String number, String value, String outcome, boolean achieved, String lessons,
      ImprovementStatus status) {
    jdbc.update("UPDATE itsm_improvement SET actual_value = ?, actual_outcome = ?, achieved = ?, lessons = ?, "
        + "status = ? WHERE number = ?", value, outcome, achieved, lessons, status.name(), number);
  }

  void updateStatus(String number, ImprovementStatus status) {
    jdbc.update("UPDATE itsm_improvement SET status = ? WHERE number = ?", status.name(), number);
  }

  void end(String number, ImprovementStatus status, Instant at) {
    jdbc.update("UPDATE itsm_improvement SET status = ?, closed_at = ? WHERE number = ?", status.name(), ts(at),
        number);
  }

  Optional<Improvement> find(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_improvement WHERE number = ?", this::map, number).stream()
        .findFirst();
  }

  Optional<Improvement> lock(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_improvement WHERE number = ? FOR UPDATE", this::map, number)
        .stream().findFirst();
  }

  List<Improvement> find(ImprovementStatus status, String source, Integer priority, int offset, int limit) {
    return ListQuery.select("SELECT " + COLUMNS + " FROM itsm_improvement").where("status = ?", status)
        .where("source = ?", source).where("priority = ?", priority)
        .page(jdbc, ListQuery.NEWEST_FIRST, offset, limit, this::map);
  }


  private Improvement map(ResultSet rs, int row) throws SQLException {
    int p = rs.getInt("priority");
    Integer priority = rs.wasNull() ? null : p;
    int d = rs.getInt("review_days");
    Integer reviewDays = rs.wasNull() ? null : d;
    boolean a = rs.getBoolean("achieved");
    Boolean achieved = rs.wasNull() ? null : a;
    return new Improvement(rs.getString("number"), rs.getString("title"), rs.getString("description"),
        rs.getString("source"), rs.getString("source_reference"), rs.getString("raised_by"), rs.getString("benefit"),
        rs.getString("effort"), rs.getString("risk"), rs.getString("alignment"), priority,
        ImprovementStatus.valueOf(rs.getString("status")), rs.getString("decision_reason"),
        rs.getString("decided_by"), rs.getString("owner_group"), rs.getString("expected_outcome"),
        rs.getString("measure"), rs.getString("target_value"), reviewDays, rs.getString("implementation_notes"),
        instant(rs.getTimestamp("implemented_at")), instant(rs.getTimestamp("review_at")),
        rs.getString("actual_value"), rs.getString("actual_outcome"), achieved, rs.getString("lessons"),
        rs.getInt("plan_round"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("closed_at")),
        rs.getString("process_instance_id"));
  }

  static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
