package org.itsmflow.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
class SlaRepository {

  private static final String COLUMNS =
      "service_code, priority, response_minutes, resolution_minutes, calendar_id, warning_percent, attainment_percent";
  private static final RowMapper<SlaDefinition> MAPPER = (rs, n) -> new SlaDefinition(rs.getString(1), rs.getInt(2),
      rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getInt(6), rs.getInt(7));

  private final JdbcTemplate jdbc;

  SlaRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<SlaDefinition> find(String serviceCode, int priority) {
    return (serviceCode == null
        ? jdbc.query("SELECT " + COLUMNS + " FROM itsm_sla WHERE service_code IS NULL AND priority = ?", MAPPER, priority)
        : jdbc.query("SELECT " + COLUMNS + " FROM itsm_sla WHERE service_code = ? AND priority = ?", MAPPER,
            serviceCode, priority))
        .stream().findFirst();
  }

  /** The service's own SLAs and the defaults, defaults first. */
  List<SlaDefinition> findFor(String serviceCode) {
    return serviceCode == null
        ? jdbc.query("SELECT " + COLUMNS + " FROM itsm_sla ORDER BY service_code NULLS FIRST, priority", MAPPER)
        : jdbc.query("SELECT " + COLUMNS + " FROM itsm_sla WHERE service_code IS NULL OR service_code = ? "
            + "ORDER BY service_code NULLS FIRST, priority", MAPPER, serviceCode);
  }

  /** @return true when the SLA was new */
  boolean save(SlaDefinition sla) {
    int updated = sla.serviceCode() == null
        ? jdbc.update("UPDATE itsm_sla SET response_minutes = ?, resolution_minutes = ?, calendar_id = ?, "
            + "warning_percent = ?, attainment_percent = ? WHERE service_code IS NULL AND priority = ?",
            sla.responseMinutes(), sla.resolutionMinutes(), sla.calendarId(), sla.warningPercent(),
            sla.attainmentPercent(), sla.priority())
        : jdbc.update("UPDATE itsm_sla SET response_minutes = ?, resolution_minutes = ?, calendar_id = ?, "
            + "warning_percent = ?, attainment_percent = ? WHERE service_code = ? AND priority = ?",
            sla.responseMinutes(), sla.resolutionMinutes(), sla.calendarId(), sla.warningPercent(),
            sla.attainmentPercent(), sla.serviceCode(), sla.priority());
    if (updated == 0) {
      jdbc.update("INSERT INTO itsm_sla (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", sla.serviceCode(),
          sla.priority(), sla.responseMinutes(), sla.resolutionMinutes(), sla.calendarId(), sla.warningPercent(),
          sla.attainmentPercent());
    }
    return updated == 0;
  }

  boolean deleteForService(String serviceCode, int priority) {
    return jdbc.update("DELETE FROM itsm_sla WHERE service_code = ? AND priority = ?", serviceCode, priority) > 0;
  }

  /** The service's support-hours calendar, or empty when there is no such service. */
  Optional<String> serviceCalendar(String serviceCode) {
    return jdbc.queryForList("SELECT calendar_id FROM itsm_service WHERE code = ?", String.class, serviceCode)
        .stream().findFirst();
  }
}
