package org.itsmflow.nonconformity;

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
class NonconformityRepository {

  private static final String COLUMNS = "number, title, description, source, clause, severity, detected_by, status, "
      + "correction, cause, action, action_owner, action_due, action_notes, action_done_at, review_at, effective, "
      + "review_evidence, round, created_at, closed_at, process_instance_id";

  private final JdbcTemplate jdbc;

  NonconformityRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Nonconformity n) {
    jdbc.update("INSERT INTO itsm_nonconformity (number, title, description, source, clause, severity, detected_by, "
            + "status, round, created_at, process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        n.number(), n.title(), n.description(), n.source(), n.clause(), n.severity(), n.detectedBy(),
        n.status().name(), n.round(), ts(n.createdAt()), n.processInstanceId());
  }

  void correction(String number, String correction) {
    jdbc.update("UPDATE itsm_nonconformity SET correction = ?, status = ? WHERE number = ?", correction,
        NonconformityStatus.ANALYSING.name(), number);
  }

  void cause(String number, String cause) {
    jdbc.update("UPDATE itsm_nonconformity SET cause = ?, status = ? WHERE number = ?", cause,
        NonconformityStatus.PLANNING_ACTION.name(), number);
  }

  void action(String number, String action, String owner, Instant due) {
    jdbc.update("UPDATE itsm_nonconformity SET action = ?, action_owner = ?, action_due = ?, action_notes = NULL, "
        + "action_done_at = NULL, status = ? WHERE number = ?", action, owner, ts(due),
        NonconformityStatus.ACTION_OPEN.name(), number);
  }

  void actionDone(String number, String notes, Instant at) {
    jdbc.update("UPDATE itsm_nonconformity SET action_notes = ?, action_done_at = ?, status = ? WHERE number = ?",
        notes, ts(at), NonconformityStatus.AWAITING_REVIEW.name(), number);
  }

  void reviewAt(String number, Instant at) {
    jdbc.update("UPDATE itsm_nonconformity SET review_at = ? WHERE number = ?", ts(at), number);
  }

  void updateStatus(String number, NonconformityStatus status) {
    jdbc.update("UPDATE itsm_nonconformity SET status = ? WHERE number = ?", status.name(), number);
  }

  void review(String number, boolean effective, String evidence, NonconformityStatus status, int round) {
    jdbc.update("UPDATE itsm_nonconformity SET effective = ?, review_evidence = ?, status = ?, round = ? "
        + "WHERE number = ?", effective, evidence, status.name(), round, number);
  }

  void close(String number, Instant at) {
    jdbc.update("UPDATE itsm_nonconformity SET status = ?, closed_at = ? WHERE number = ?",
        NonconformityStatus.CLOSED.name(), ts(at), number);
  }

  Optional<Nonconformity> find(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_nonconformity WHERE number = ?", this::map, number).stream()
        .findFirst();
  }

  Optional<Nonconformity> lock(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_nonconformity WHERE number = ? FOR UPDATE", this::map, number)
        .stream().findFirst();
  }

  List<Nonconformity> find(NonconformityStatus status, String source, int offset, int limit) {
    return ListQuery.select("SELECT " + COLUMNS + " FROM itsm_nonconformity").where("status = ?", status)
        .where("source = ?", source).page(jdbc, ListQuery.NEWEST_FIRST, offset, limit, this::map);
  }


  private Nonconformity map(ResultSet rs, int row) throws SQLException {
    boolean e = rs.getBoolean("effective");
    Boolean effective = rs.wasNull() ? null : e;
    return new Nonconformity(rs.getString("number"), rs.getString("title"), rs.getString("description"),
        rs.getString("source"), rs.getString("clause"), rs.getString("severity"), rs.getString("detected_by"),
        NonconformityStatus.valueOf(rs.getString("status")), rs.getString("correction"), rs.getString("cause"),
        rs.getString("action"), rs.getString("action_owner"), instant(rs.getTimestamp("action_due")),
        rs.getString("action_notes"), instant(rs.getTimestamp("action_done_at")),
        instant(rs.getTimestamp("review_at")), effective, rs.getString("review_evidence"), rs.getInt("round"),
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
