package org.itsmflow.release;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.WorkLog;
import org.itsmflow.reporting.Measure;
import org.itsmflow.reporting.Rates;
import org.itsmflow.reporting.SqlMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Release and deployment management's measures (ISO 20000 8.5.3, 9.1): deployments and their outcome. */
@Configuration
class ReleaseMeasures {

  /** The work log's actions counted, in the order of the values. */
  private static final List<String> ACTIONS = List.of("window-opened", "early-life-support", "rolled-back",
      "window-missed", "problem-raised");

  @Bean
  Measure releaseDeploymentsMeasure(JdbcTemplate jdbc) {
    return new SqlMeasure("release-deployments", "Release deployments",
        "From the releases' work logs, per release type: deployment windows opened in the period, deployments "
            + "that succeeded (early life support began), deployments rolled back, windows that passed without a "
            + "result, and problems raised from early life support. Success rate = succeeded / (succeeded + rolled "
            + "back), in per cent. A release delivers changes of several services: the service filter does not "
            + "apply.",
        List.of("type"),
        q -> {
          Map<String, long[]> groups = new TreeMap<>();
          jdbc.query("SELECT r.type_code, l.action, count(*) FROM (" + WorkLog.ENTRIES_BETWEEN + ") l "
              + "JOIN itsm_release r ON r.number = l.number WHERE l.action IN ("
              + String.join(", ", ACTIONS.stream().map(a -> "'" + a + "'").toList()) + ") GROUP BY r.type_code, "
              + "l.action", rs -> {
                groups.computeIfAbsent(rs.getString(1), k -> new long[ACTIONS.size()])[ACTIONS.indexOf(
                    rs.getString(2))] = rs.getLong(3);
              }, RecordType.RELEASE.id(), Timestamp.from(q.from()), Timestamp.from(q.to()));
          List<Measure.Row> rows = new ArrayList<>();
          groups.forEach((type, c) -> {
            Map<String, Number> values = new LinkedHashMap<>();
            values.put("deployments", c[0]);
            values.put("succeeded", c[1]);
            values.put("rolledBack", c[2]);
            values.put("windowsMissed", c[3]);
            values.put("successRate", Rates.percent(c[1], c[1] + c[2]));
            values.put("earlyLifeProblems", c[4]);
            rows.add(new Measure.Row(type, values));
          });
          return rows;
        });
  }
}
