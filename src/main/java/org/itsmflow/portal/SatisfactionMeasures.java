package org.itsmflow.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itsmflow.reporting.Measure;
import org.itsmflow.reporting.Rates;
import org.itsmflow.reporting.SqlMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Customer satisfaction (ISO 20000 8.3.2) as a measure of the service reports. */
@Configuration
class SatisfactionMeasures {

  private static final Map<String, String> COLUMNS = Map.of("service", "service_code", "group", "working_group",
      "type", "record_type");

  @Bean
  Measure satisfactionMeasure(JdbcTemplate jdbc) {
    return new SqlMeasure("satisfaction", "Requester satisfaction",
        "The ratings (1 very unhappy to 5 very happy) requesters gave to their closed incidents and requests in "
            + "the period, per service, per group that worked the ticket, or per record type: how many, their mean "
            + "(no mean without a rating) and how many were unhappy (1 or 2).",
        List.of("service", "group", "type"),
        q -> {
          String column = COLUMNS.get(q.groupBy());
          return jdbc.query("SELECT " + column + ", count(*), avg(CAST(rating AS DECIMAL(10, 4))), "
              + "sum(CASE WHEN rating <= 2 THEN 1 ELSE 0 END) FROM itsm_satisfaction WHERE rated_at >= ? "
              + "AND rated_at < ?" + q.serviceFilter() + " GROUP BY " + column
              + " ORDER BY 1 NULLS LAST", (rs, i) -> {
                Map<String, Number> values = new LinkedHashMap<>();
                values.put("ratings", rs.getLong(2));
                values.put("average", Math.round(rs.getDouble(3) * 100) / 100.0);
                values.put("unhappy", rs.getLong(4));
                values.put("unhappyShare", Rates.percent(rs.getLong(4), rs.getLong(2)));
                return new Measure.Row(rs.getString(1) == null ? "none" : rs.getString(1), values);
              }, q.periodAndService());
        });
  }
}
