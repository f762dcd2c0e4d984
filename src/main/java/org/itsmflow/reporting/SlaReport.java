package org.itsmflow.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How many targets were met or breached, per service, priority and target, for closed clocks. */
@Component
public class SlaReport {

  private final JdbcTemplate jdbc;

  public SlaReport(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<SlaReportRow> between(Instant from, Instant to) {
    return jdbc.query("""
        SELECT service_code, priority, target,
               SUM(CASE WHEN breached_at IS NULL THEN 1 ELSE 0 END) AS met,
               SUM(CASE WHEN breached_at IS NULL THEN 0 ELSE 1 END) AS breached
        FROM itsm_sla_clock
        WHERE stopped_at >= ? AND stopped_at < ?
        GROUP BY service_code, priority, target
        ORDER BY service_code, priority, target
        """,
        (rs, n) -> {
          long met = rs.getLong("met");
          long breached = rs.getLong("breached");
          double attainment = met + breached == 0 ? 100.0 : Math.round(1000.0 * met / (met + breached)) / 10.0;
          return new SlaReportRow(rs.getString("service_code"), rs.getInt("priority"),
              rs.getString("target").toLowerCase(Locale.ROOT), met, breached, attainment);
        },
        Timestamp.from(from), Timestamp.from(to));
  }
}
