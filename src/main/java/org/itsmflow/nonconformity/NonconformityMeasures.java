package org.itsmflow.nonconformity;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.itsmflow.reporting.Measure;
import org.itsmflow.reporting.SqlMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Nonconformities and their corrective actions (ISO 20000 10.1) as a measure. */
@Configuration
class NonconformityMeasures {

  private static final Map<String, String> COLUMNS = Map.of("severity", "severity", "source", "source",
      "clause", "clause");

  @Bean
  Measure nonconformitiesMeasure(JdbcTemplate jdbc) {
    return new SqlMeasure("nonconformities", "Nonconformities open and overdue",
        "Per severity, source or clause: the nonconformities recorded in the period, those open at its end "
            + "(recorded before the end, not closed by then) and, of those, the ones whose corrective action was due "
            + "before the end. They belong to no single service: the service filter does not apply.",
        List.of("severity", "source", "clause"),
        q -> {
          Timestamp from = Timestamp.from(q.from());
          Timestamp to = Timestamp.from(q.to());
          String column = COLUMNS.get(q.groupBy());
          List<Measure.Row> rows = jdbc.query("SELECT " + column + ", sum(CASE WHEN created_at >= ? THEN 1 ELSE 0 END), "
              + "sum(CASE WHEN closed_at IS NULL OR closed_at >= ? THEN 1 ELSE 0 END), "
              + "sum(CASE WHEN (closed_at IS NULL OR closed_at >= ?) AND action_due < ? THEN 1 ELSE 0 END) "
              + "FROM itsm_nonconformity WHERE created_at < ? AND (closed_at IS NULL OR closed_at >= ?) "
              + "GROUP BY " + column + " ORDER BY 1 NULLS LAST", (rs, i) -> {
                Map<String, Number> values = new LinkedHashMap<>();
                values.put("recorded", rs.getLong(2));
                values.put("open", rs.getLong(3));
                values.put("overdue", rs.getLong(4));
                String key = rs.getString(1);
                return new Measure.Row(key == null ? "none" : key.toLowerCase(Locale.ROOT), values);
              }, from, to, to, to, to, from);
          return rows;
        });
  }
}
