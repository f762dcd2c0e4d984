package org.itsmflow.change;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itsmflow.reporting.Measure;
import org.itsmflow.reporting.Rates;
import org.itsmflow.reporting.SqlMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Change management's measures (ISO 20000 8.5.1, 9.1): success rate and the share of emergency
 * changes, the changes that caused incidents, and the changes planned into a change freeze.
 */
@Configuration
class ChangeMeasures {

  private static final Map<String, String> COLUMNS = Map.of("service", "service_code", "category", "category");

  @Bean
  Measure changeSuccess(JdbcTemplate jdbc) {
    return new SqlMeasure("change-success", "Changes implemented successfully",
        "The changes closed in the period with an outcome: successful or failed (withdrawn and rejected changes "
            + "are not counted). Success rate = successful / (successful + failed); emergency share = emergency "
            + "changes / all counted, in per cent; per service or category.",
        List.of("service", "category"),
        q -> {
          String column = COLUMNS.get(q.groupBy());
          return jdbc.query("SELECT " + column + ", sum(CASE WHEN outcome = 'successful' THEN 1 ELSE 0 END), "
              + "sum(CASE WHEN outcome = 'failed' THEN 1 ELSE 0 END), sum(CASE WHEN category = 'EMERGENCY' "
              + "THEN 1 ELSE 0 END) FROM itsm_change WHERE closed_at >= ? AND closed_at < ? AND outcome IS NOT NULL"
              + q.serviceFilter() + " GROUP BY " + column + " ORDER BY 1 NULLS LAST",
              (rs, i) -> {
                long successful = rs.getLong(2);
                long failed = rs.getLong(3);
                Map<String, Number> values = new LinkedHashMap<>();
                values.put("successful", successful);
                values.put("failed", failed);
                values.put("successRate", Rates.percent(successful, successful + failed));
                values.put("emergency", rs.getLong(4));
                values.put("emergencyShare", Rates.percent(rs.getLong(4), successful + failed));
                return new Measure.Row(key(q.groupBy(), rs.getString(1)), values);
              }, q.periodAndService());
        });
  }

  @Bean
  Measure changesCausingIncidentsMeasure(JdbcTemplate jdbc) {
    return new SqlMeasure("changes-causing-incidents", "Changes that caused incidents",
        "The changes closed in the period with an outcome (as for the success rate), the ones of them an "
            + "incident was linked to as caused by the change, and how many incidents were so linked. Share = "
            + "changes that caused incidents / changes, in per cent; per service or category.",
        List.of("service", "category"),
        q -> {
          String column = "c." + COLUMNS.get(q.groupBy());
          return jdbc.query("SELECT " + column + ", count(*), sum(CASE WHEN l.incidents IS NULL THEN 0 ELSE 1 END), "
              + "sum(COALESCE(l.incidents, 0)) FROM itsm_change c LEFT JOIN (SELECT number, count(*) AS incidents "
              + "FROM itsm_change_incident GROUP BY number) l ON l.number = c.number WHERE c.closed_at >= ? "
              + "AND c.closed_at < ? AND c.outcome IS NOT NULL" + q.serviceFilter("c.service_code")
              + " GROUP BY " + column + " ORDER BY 1 NULLS LAST",
              (rs, i) -> {
                Map<String, Number> values = new LinkedHashMap<>();
                values.put("changes", rs.getLong(2));
                values.put("causedIncidents", rs.getLong(3));
                values.put("incidents", rs.getLong(4));
                values.put("causedShare", Rates.percent(rs.getLong(3), rs.getLong(2)));
                return new Measure.Row(key(q.groupBy(), rs.getString(1)), values);
              }, q.periodAndService());
        });
  }

  @Bean
  Measure freezeCollisionsMeasure(JdbcTemplate jdbc) {
    return new SqlMeasure("freeze-collisions", "Changes planned into a change freeze",
        "The changes whose planned start falls in the period (rejected and withdrawn ones not counted), and of "
            + "those the ones whose planned window overlaps a change freeze of their service or of all services, "
            + "with the emergency changes among them (the ones a freeze may let through). Share = in a freeze / "
            + "planned, in per cent; per service or category.",
        List.of("service", "category"),
        q -> {
          String column = "c." + COLUMNS.get(q.groupBy());
          return jdbc.query("SELECT " + column + ", count(*), sum(CASE WHEN f.hit IS NULL THEN 0 ELSE 1 END), "
              + "sum(CASE WHEN f.hit IS NOT NULL AND c.category = 'EMERGENCY' THEN 1 ELSE 0 END) FROM itsm_change c "
              + "LEFT JOIN (SELECT DISTINCT c2.number AS hit FROM itsm_change c2 JOIN itsm_change_freeze z "
              + "ON z.starts_at < c2.planned_end AND z.ends_at > c2.planned_start AND (z.service_code IS NULL "
              + "OR z.service_code = c2.service_code)) f ON f.hit = c.number WHERE c.planned_start >= ? "
              + "AND c.planned_start < ? AND c.status NOT IN ('REJECTED', 'WITHDRAWN')"
              + q.serviceFilter("c.service_code") + " GROUP BY " + column
              + " ORDER BY 1 NULLS LAST",
              (rs, i) -> {
                Map<String, Number> values = new LinkedHashMap<>();
                values.put("planned", rs.getLong(2));
                values.put("inFreeze", rs.getLong(3));
                values.put("emergencyInFreeze", rs.getLong(4));
                values.put("inFreezeShare", Rates.percent(rs.getLong(3), rs.getLong(2)));
                return new Measure.Row(key(q.groupBy(), rs.getString(1)), values);
              }, q.periodAndService());
        });
  }

  /** Categories read as the API writes them (emergency), services as their codes. */
  private static String key(String groupBy, String value) {
    return "category".equals(groupBy) ? value.toLowerCase(java.util.Locale.ROOT) : value;
  }
}
