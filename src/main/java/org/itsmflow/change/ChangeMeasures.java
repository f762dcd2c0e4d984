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

/** Change management's measures (ISO 20000 8.5.1, 9.1): success rate and the share of emergency changes. */
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
                // Categories read as the API writes them (emergency), services as their codes.
                return new Measure.Row("category".equals(q.groupBy())
                    ? rs.getString(1).toLowerCase(java.util.Locale.ROOT) : rs.getString(1), values);
              }, q.periodAndService());
        });
  }
}
