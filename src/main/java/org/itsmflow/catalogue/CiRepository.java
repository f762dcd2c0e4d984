package org.itsmflow.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itsmflow.platform.ListQuery;
import org.itsmflow.platform.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
class CiRepository {

  private static final String COLUMNS = "id, type_code, name, description, status, owner_group, under_change_control";

  private final JdbcTemplate jdbc;

  CiRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(ConfigurationItem ci) {
    jdbc.update("INSERT INTO itsm_ci (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", ci.id(), ci.type(), ci.name(),
        ci.description(), ci.status().name(), ci.ownerGroup(), ci.underChangeControl());
    insertLinks(ci);
  }

  void update(ConfigurationItem ci) {
    jdbc.update("UPDATE itsm_ci SET type_code = ?, name = ?, description = ?, status = ?, owner_group = ?, "
            + "under_change_control = ? WHERE id = ?", ci.type(), ci.name(), ci.description(), ci.status().name(),
        ci.ownerGroup(), ci.underChangeControl(), ci.id());
    jdbc.update("DELETE FROM itsm_ci_service WHERE ci_id = ?", ci.id());
    jdbc.update("DELETE FROM itsm_ci_relation WHERE ci_id = ?", ci.id());
    insertLinks(ci);
  }

  private void insertLinks(ConfigurationItem ci) {
    ci.services().forEach(code -> jdbc.update(
        "INSERT INTO itsm_ci_service (ci_id, service_code) VALUES (?, ?)", ci.id(), code));
    ci.relations().forEach(r -> jdbc.update(
        "INSERT INTO itsm_ci_relation (ci_id, relation, target_ci_id) VALUES (?, ?, ?)",
        ci.id(), r.relation().name(), r.target()));
  }

  /** With a row lock, so concurrent updates of one CI record their history one after the other. */
  Optional<ConfigurationItem> findForUpdate(String id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_ci WHERE id = ? FOR UPDATE", mapper(), id).stream().findFirst();
  }

  Optional<ConfigurationItem> find(String id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_ci WHERE id = ?", mapper(), id).stream().findFirst();
  }

  boolean exists(String id) {
    return Rows.count(jdbc, "SELECT count(*) FROM itsm_ci WHERE id = ?", id) > 0;
  }

  List<ConfigurationItem> find(String type, CiStatus status, String service) {
    return ListQuery.select("SELECT " + COLUMNS + " FROM itsm_ci c").where("type_code = ?", type)
        .where("status = ?", status)
        .where("EXISTS (SELECT 1 FROM itsm_ci_service s WHERE s.ci_id = c.id AND s.service_code = ?)", service)
        .all(jdbc, "id", mapper());
  }


  void addHistory(String id, Instant at, String by, String field, String oldValue, String newValue) {
    jdbc.update("INSERT INTO itsm_ci_history (ci_id, changed_at, changed_by, field, old_value, new_value) "
        + "VALUES (?, ?, ?, ?, ?, ?)", id, Timestamp.from(at), by, field, oldValue, newValue);
  }

  /** The last value recorded for a field, e.g. the last change implemented on the CI. */
  String lastValue(String id, String field) {
    return jdbc.query("SELECT new_value FROM itsm_ci_history WHERE ci_id = ? AND field = ? ORDER BY changed_at DESC, "
        + "id DESC FETCH FIRST 1 ROWS ONLY", (rs, n) -> rs.getString(1), id, field).stream().findFirst().orElse(null);
  }

  List<CiChange> history(String id) {
    return jdbc.query("SELECT changed_at, changed_by, field, old_value, new_value FROM itsm_ci_history "
            + "WHERE ci_id = ? ORDER BY changed_at, id",
        (rs, n) -> new CiChange(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5)), id);
  }

  private RowMapper<ConfigurationItem> mapper() {
    return (rs, n) -> {
      String id = rs.getString(1);
      List<String> services = jdbc.queryForList(
          "SELECT service_code FROM itsm_ci_service WHERE ci_id = ? ORDER BY service_code", String.class, id);
      List<ConfigurationItem.Relation> relations = jdbc.query(
          "SELECT relation, target_ci_id FROM itsm_ci_relation WHERE ci_id = ? ORDER BY relation, target_ci_id",
          (r, i) -> new ConfigurationItem.Relation(CiRelationType.valueOf(r.getString(1)), r.getString(2)), id);
      return new ConfigurationItem(id, rs.getString(2), rs.getString(3), rs.getString(4),
          CiStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7), services, relations);
    };
  }
}
