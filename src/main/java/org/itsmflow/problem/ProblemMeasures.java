package org.itsmflow.problem;

import java.sql.Timestamp;
import java.util.ArrayList;
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
 * Problem management's measures (ISO 20000 8.6.3, 9.1): problems raised, closed, open and their
 * age; the known errors used to resolve incidents.
 */
@Configuration
class ProblemMeasures {

  private static final Map<String, String> COLUMNS = Map.of("service", "service_code", "priority", "priority");

  @Bean
  Measure problemsMeasure(JdbcTemplate jdbc) {
    return new SqlMeasure("problems", "Problems raised, closed and open",
        "Per service or priority: the problems raised in the period, those closed in it (closed or rejected), and "
            + "those still open at its end (raised before the end, not closed by then) with their mean age then, "
            + "in days (one decimal; no mean without an open problem).",
        List.of("service", "priority"),
        q -> {
          String column = COLUMNS.get(q.groupBy());
          Timestamp from = Timestamp.from(q.from());
          Timestamp to = Timestamp.from(q.to());
          List<Object> args = new ArrayList<>(List.of(from, to, from, to, to, to, to, from));
          if (q.service() != null) {
            args.add(q.service());
          }
          // Age in seconds is computed here, not in SQL: H2 and PostgreSQL differ on timestamp arithmetic.
          Map<String, long[]> groups = new java.util.TreeMap<>();
          Map<String, Double> ages = new LinkedHashMap<>();
          jdbc.query("SELECT " + column + ", CASE WHEN created_at >= ? AND created_at < ? THEN 1 ELSE 0 END, "
              + "CASE WHEN closed_at >= ? AND closed_at < ? THEN 1 ELSE 0 END, "
              + "CASE WHEN created_at < ? AND (closed_at IS NULL OR closed_at >= ?) THEN 1 ELSE 0 END, created_at "
              + "FROM itsm_problem WHERE created_at < ? AND (closed_at IS NULL OR closed_at >= ?)"
              + (q.service() == null ? "" : " AND service_code = ?"), rs -> {
                String key = rs.getString(1) == null ? "none" : rs.getString(1);
                long[] counts = groups.computeIfAbsent(key, k -> new long[4]);
                counts[0] += rs.getInt(2);
                counts[1] += rs.getInt(3);
                if (rs.getInt(4) == 1) {
                  counts[2]++;
                  counts[3] += java.time.Duration.between(rs.getTimestamp(5).toInstant(), q.to()).toSeconds();
                }
              }, args.toArray());
          List<Measure.Row> rows = new ArrayList<>();
          groups.forEach((key, c) -> {
            if (c[0] + c[1] + c[2] == 0) {
              return;
            }
            Map<String, Number> values = new LinkedHashMap<>();
            values.put("raised", c[0]);
            values.put("closed", c[1]);
            values.put("open", c[2]);
            values.put("meanAgeDays", c[2] == 0 ? null : Rates.oneDecimal(c[3] / 86400.0 / c[2]));
            rows.add(new Measure.Row(key, values));
          });
          return rows;
        });
  }

  @Bean
  Measure knownErrorsUsedMeasure(JdbcTemplate jdbc) {
    return new SqlMeasure("known-errors-used", "Known errors used",
        "The incidents matched to a known error in the period: linked to a problem after the problem's known "
            + "error was published (an incident linked while the problem was still investigated does not count), "
            + "and how many different known errors they used; per service of the known error or per known error.",
        List.of("service", "known-error"),
        q -> {
          String column = "service".equals(q.groupBy()) ? "ke.service_code" : "ke.number";
          return jdbc.query("SELECT " + column + ", count(*), count(DISTINCT ke.number) FROM itsm_problem_incident pi "
              + "JOIN itsm_known_error ke ON ke.problem_number = pi.problem_number WHERE pi.linked_at >= ? "
              + "AND pi.linked_at < ? AND pi.linked_at >= ke.created_at"
              + q.serviceFilter("ke.service_code") + " GROUP BY " + column
              + " ORDER BY 1",
              (rs, i) -> {
                Map<String, Number> values = new LinkedHashMap<>();
                values.put("incidents", rs.getLong(2));
                values.put("knownErrors", rs.getLong(3));
                return new Measure.Row(rs.getString(1), values);
              }, q.periodAndService());
        });
  }
}
