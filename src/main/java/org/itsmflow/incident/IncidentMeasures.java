package org.itsmflow.incident;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itsmflow.record.WorkLog;
import org.itsmflow.reporting.Measure;
import org.itsmflow.reporting.Rates;
import org.itsmflow.reporting.SqlMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Incident management's measures (ISO 20000 9.1): volume, backlog and its age, first-contact
 * resolution, reopen rate, major incidents and their reviews. Computed from the incident records as they stand now; the grouping
 * column comes from a fixed list, never from the request.
 */
@Configuration
class IncidentMeasures {

  private static final Map<String, String> COLUMNS = Map.of("service", "service_code", "priority", "priority",
      "category", "category", "channel", "channel");

  @Bean
  Measure incidentVolume(JdbcTemplate jdbc) {
    return new SqlMeasure("incident-volume", "Incidents reported",
        "The incidents whose reported time falls in the period, counted per service, priority, category or "
            + "channel (priority and category 'none' while not yet set).",
        List.of("service", "priority", "category", "channel"),
        q -> jdbc.query("SELECT " + COLUMNS.get(q.groupBy()) + ", count(*) FROM itsm_incident WHERE created_at >= ? "
            + "AND created_at < ?" + serviceFilter(q) + " GROUP BY " + COLUMNS.get(q.groupBy()) + " ORDER BY 1 NULLS LAST",
            (rs, i) -> new Measure.Row(key(rs.getString(1)), Map.of("incidents", rs.getLong(2))), args(q)));
  }

  @Bean
  Measure incidentBacklog(JdbcTemplate jdbc) {
    return new SqlMeasure("incident-backlog", "Open incidents and their age",
        "The incidents reported before the end of the period and not resolved by then (resolved later, or not at "
            + "all; a reopened incident counts as open until it is resolved again), by their age at the end of the "
            + "period (under 1 day, 1-3 days, 3-7 days, 7-30 days, over 30 days), by service or by priority.",
        List.of("age", "service", "priority"),
        q -> {
          List<Object> args = new ArrayList<>(List.of(Timestamp.from(q.to()), Timestamp.from(q.to())));
          if (q.service() != null) {
            args.add(q.service());
          }
          List<Object[]> open = jdbc.query("SELECT created_at, service_code, priority FROM itsm_incident "
              + "WHERE created_at < ? AND (resolved_at IS NULL OR resolved_at >= ?)"
              + (q.service() == null ? "" : " AND service_code = ?"),
              (rs, i) -> new Object[] {rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getObject(3)},
              args.toArray());
          Map<String, Long> counts = new LinkedHashMap<>();
          if ("age".equals(q.groupBy())) {
            AGES.forEach(age -> counts.put(age, 0L));
          }
          for (Object[] incident : open) {
            String key = switch (q.groupBy()) {
              case "age" -> age(Duration.between((Instant) incident[0], q.to()));
              case "service" -> (String) incident[1];
              default -> key(incident[2] == null ? null : String.valueOf(incident[2]));
            };
            counts.merge(key, 1L, Long::sum);
          }
          List<Measure.Row> rows = new ArrayList<>();
          counts.entrySet().stream()
              .sorted("age".equals(q.groupBy()) ? (a, b) -> 0 : Map.Entry.comparingByKey())
              .forEach(e -> rows.add(new Measure.Row(e.getKey(), Map.of("open", e.getValue()))));
          return rows;
        });
  }

  @Bean
  Measure firstContactResolution(JdbcTemplate jdbc) {
    return new SqlMeasure("first-contact-resolution", "Resolved by the service desk at first contact",
        "Of the incidents whose resolution falls in the period, those the service desk resolved itself: still "
            + "with the service desk, never escalated or reassigned (no such entry in the work log). Rate = first "
            + "contact / resolved, in per cent.",
        List.of("service", "priority"),
        q -> jdbc.query("SELECT " + COLUMNS.get(q.groupBy()) + ", count(*), sum(CASE WHEN assignment_group = "
            + "'service-desk' AND number NOT IN (" + WorkLog.WITH_ACTION + ") AND number NOT IN ("
            + WorkLog.WITH_ACTION + ") THEN 1 ELSE 0 END) FROM itsm_incident WHERE resolved_at >= ? "
            + "AND resolved_at < ?" + serviceFilter(q) + " GROUP BY " + COLUMNS.get(q.groupBy()) + " ORDER BY 1 NULLS LAST",
            (rs, i) -> new Measure.Row(key(rs.getString(1)), values("resolved", rs.getLong(2), "firstContact",
                rs.getLong(3), "rate", Rates.percent(rs.getLong(3), rs.getLong(2)))),
            prepend(args(q), "escalated", "reassigned")));
  }

  @Bean
  Measure reopenRate(JdbcTemplate jdbc) {
    return new SqlMeasure("incident-reopen-rate", "Incidents reopened after their resolution",
        "Of the incidents whose (last) resolution falls in the period, those reopened at least once before (a "
            + "'reopened' entry in the work log). Rate = reopened / resolved, in per cent.",
        List.of("service", "priority"),
        q -> jdbc.query("SELECT " + COLUMNS.get(q.groupBy()) + ", count(*), sum(CASE WHEN number IN ("
            + WorkLog.WITH_ACTION + ") THEN 1 ELSE 0 END) FROM itsm_incident WHERE resolved_at >= ? "
            + "AND resolved_at < ?" + serviceFilter(q) + " GROUP BY " + COLUMNS.get(q.groupBy()) + " ORDER BY 1 NULLS LAST",
            (rs, i) -> new Measure.Row(key(rs.getString(1)), values("resolved", rs.getLong(2), "reopened",
                rs.getLong(3), "rate", Rates.percent(rs.getLong(3), rs.getLong(2)))),
            prepend(args(q), "reopened")));
  }

  @Bean
  Measure majorIncidents(JdbcTemplate jdbc) {
    return new SqlMeasure("major-incidents", "Major incidents and their reviews",
        "The major incidents reported in the period, per service or priority: how many, how many are closed, and "
            + "how many of those closed have their major incident review recorded (ISO 20000 8.6.1). Review rate = "
            + "reviewed / closed, in per cent.",
        List.of("service", "priority"),
        q -> jdbc.query("SELECT " + COLUMNS.get(q.groupBy()) + ", count(*), sum(CASE WHEN status = 'CLOSED' THEN 1 "
            + "ELSE 0 END), sum(CASE WHEN status = 'CLOSED' AND number IN (SELECT number FROM "
            + "itsm_major_incident_review) THEN 1 ELSE 0 END) FROM itsm_incident WHERE major AND created_at >= ? "
            + "AND created_at < ?" + serviceFilter(q) + " GROUP BY " + COLUMNS.get(q.groupBy()) + " ORDER BY 1 NULLS LAST",
            (rs, i) -> new Measure.Row(key(rs.getString(1)), values("major", rs.getLong(2), "closed", rs.getLong(3),
                "reviewed", rs.getLong(4), "reviewRate", Rates.percent(rs.getLong(4), rs.getLong(3)))), args(q)));
  }

  static final List<String> AGES = List.of("under 1 day", "1-3 days", "3-7 days", "7-30 days", "over 30 days");

  static String age(Duration age) {
    long hours = age.toHours();
    return hours < 24 ? AGES.get(0) : hours < 72 ? AGES.get(1) : hours < 168 ? AGES.get(2)
        : hours < 720 ? AGES.get(3) : AGES.get(4);
  }

  private static String serviceFilter(Measure.Query q) {
    return q.serviceFilter();
  }

  private static Object[] args(Measure.Query q) {
    return q.periodAndService();
  }

  private static Object[] prepend(Object[] args, Object... first) {
    Object[] all = new Object[first.length + args.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(args, 0, all, first.length, args.length);
    return all;
  }

  private static String key(String value) {
    return value == null ? "none" : value;
  }

  /** In the given order; a null value stays null (a rate over nothing). */
  private static Map<String, Number> values(Object... pairs) {
    Map<String, Number> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], (Number) pairs[i + 1]);
    }
    return values;
  }
}
