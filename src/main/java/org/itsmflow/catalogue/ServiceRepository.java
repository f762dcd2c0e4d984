package org.itsmflow.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.itsmflow.platform.Rows;

@Repository
class ServiceRepository {

  private static final String COLUMNS = "code, name, description, owner_group, criticality, status, calendar_id";

  private final JdbcTemplate jdbc;

  ServiceRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** @return true when the service was new */
  boolean save(Service s) {
    boolean replaced = jdbc.update("UPDATE itsm_service SET name = ?, description = ?, owner_group = ?, "
            + "criticality = ?, status = ?, calendar_id = ? WHERE code = ?",
        s.name(), s.description(), s.ownerGroup(), s.criticality(), s.status().name(), s.calendarId(), s.code()) > 0;
    if (replaced) {
      jdbc.update("DELETE FROM itsm_service_dependency WHERE service_code = ?", s.code());
    } else {
      jdbc.update("INSERT INTO itsm_service (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
          s.code(), s.name(), s.description(), s.ownerGroup(), s.criticality(), s.status().name(), s.calendarId());
    }
    s.dependsOn().forEach(target -> jdbc.update(
        "INSERT INTO itsm_service_dependency (service_code, depends_on_code) VALUES (?, ?)", s.code(), target));
    return !replaced;
  }

  boolean exists(String code) {
    return Rows.count(jdbc, "SELECT count(*) FROM itsm_service WHERE code = ?", code) > 0;
  }

  Optional<Service> find(String code) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_service WHERE code = ?", mapper(), code).stream().findFirst();
  }

  Optional<String> calendarOf(String code) {
    return jdbc.queryForList("SELECT calendar_id FROM itsm_service WHERE code = ?", String.class, code).stream()
        .findFirst();
  }

  List<Service> findAll(ServiceStatus status) {
    return status == null
        ? jdbc.query("SELECT " + COLUMNS + " FROM itsm_service ORDER BY code", mapper())
        : jdbc.query("SELECT " + COLUMNS + " FROM itsm_service WHERE status = ? ORDER BY code", mapper(), status.name());
  }

  List<String> dependencies(String code) {
    return jdbc.queryForList("SELECT depends_on_code FROM itsm_service_dependency WHERE service_code = ? "
        + "ORDER BY depends_on_code", String.class, code);
  }

  List<String> dependents(String code) {
    return jdbc.queryForList("SELECT service_code FROM itsm_service_dependency WHERE depends_on_code = ? "
        + "ORDER BY service_code", String.class, code);
  }

  List<String> supportingCis(String code) {
    return jdbc.queryForList("SELECT ci_id FROM itsm_ci_service WHERE service_code = ? ORDER BY ci_id",
        String.class, code);
  }

  void delete(String code) {
    jdbc.update("DELETE FROM itsm_service WHERE code = ?", code);
  }


  private RowMapper<Service> mapper() {
    return (rs, n) -> new Service(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
        ServiceStatus.valueOf(rs.getString(6)), rs.getString(7), dependencies(rs.getString(1)));
  }
}
