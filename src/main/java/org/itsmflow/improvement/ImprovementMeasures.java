package org.itsmflow.improvement;

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

/** The continual improvement register (ISO 20000 10.2) as a measure. */
@Configuration
class ImprovementMeasures {

  private static final Map<String, String> COLUMNS = Map.of("status", "status", "source", "source");

  @Bean
  Measure improvementRegisterMeasure(JdbcTemplate jdbc) {
    return new SqlMeasure("improvements", "The improvement register",
        "The improvements registered up to the end of the period, per status as they stand now or per source: "
            + "how many, how many were registered in the period, how many closed in it. Improvements belong to no "
            + "single service: the service filter does not apply.",
        List.of("status", "source"),
        q -> jdbc.query("SELECT " + COLUMNS.get(q.groupBy()) + ", count(*), sum(CASE WHEN created_at >= ? THEN 1 ELSE "
            + "0 END), sum(CASE WHEN closed_at >= ? AND closed_at < ? THEN 1 ELSE 0 END) FROM itsm_improvement "
            + "WHERE created_at < ? GROUP BY " + COLUMNS.get(q.groupBy()) + " ORDER BY 1 NULLS LAST",
            (rs, i) -> {
              Map<String, Number> values = new LinkedHashMap<>();
              values.put("registered", rs.getLong(2));
              values.put("newInPeriod", rs.getLong(3));
              values.put("closedInPeriod", rs.getLong(4));
              return new Measure.Row(rs.getString(1).toLowerCase(Locale.ROOT).replace('_', '-'), values);
            }, Timestamp.from(q.from()), Timestamp.from(q.from()), Timestamp.from(q.to()), Timestamp.from(q.to())));
  }
}
