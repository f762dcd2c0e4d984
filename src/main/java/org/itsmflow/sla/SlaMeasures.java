package org.itsmflow.sla;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.itsmflow.reporting.Measure;
import org.itsmflow.reporting.Rates;
import org.itsmflow.reporting.SqlMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Service level measures (ISO 20000 8.3.3, 9.1) from the SLA clocks: attainment per target, and
 * the time records took in business time of their service's calendar (paused time left out, as
 * the clock counts it).
 */
@Configuration
class SlaMeasures {

  private static final Map<String, String> COLUMNS = Map.of("service", "service_code", "priority", "priority",
      "target", "target");

  @Bean
  Measure slaAttainment(JdbcTemplate jdbc) {
    return new SqlMeasure("sla-attainment", "SLA targets met",
        "The SLA targets (response, resolution) of incidents and service requests whose clock stopped in the "
            + "period: met when it stopped within its target business time, breached otherwise. Attainment = met / "
            + "(met + breached), in per cent; agreed = the share to be met by the SLAs in force for the group's "
            + "services and priorities (the service's own SLA, else the default; the highest where they differ); "
            + "per service, priority or target.",
        List.of("service", "priority", "target"),
        q -> {
          String column = "c." + COLUMNS.get(q.groupBy());
          // The SLA in force: the service's own for the priority, else the default one.
          return jdbc.query("SELECT " + column + ", sum(CASE WHEN c.breached_at IS NULL THEN 1 ELSE 0 END), "
              + "sum(CASE WHEN c.breached_at IS NULL THEN 0 ELSE 1 END), max(COALESCE(s.attainment_percent, "
              + "d.attainment_percent)) FROM itsm_sla_clock c LEFT JOIN itsm_sla s "
              + "ON s.service_code = c.service_code AND s.priority = c.priority LEFT JOIN itsm_sla d "
              + "ON d.service_code IS NULL AND d.priority = c.priority "
              + "WHERE c.stopped_at >= ? AND c.stopped_at < ?" + q.serviceFilter("c.service_code") + " GROUP BY "
              + column + " ORDER BY 1 NULLS LAST", (rs, i) -> {
                long met = rs.getLong(2);
                long breached = rs.getLong(3);
                Map<String, Number> values = new LinkedHashMap<>();
                values.put("met", met);
                values.put("breached", breached);
                values.put("attainment", Rates.percent(met, met + breached));
                int agreed = rs.getInt(4);
                values.put("agreed", rs.wasNull() ? null : agreed);
                String key = rs.getString(1);
                return new Measure.Row(key == null ? "none" : "target".equals(q.groupBy())
                    ? key.toLowerCase(Locale.ROOT) : key, values);
              }, q.periodAndService());
        });
  }

  @Bean
  Measure incidentResponseTime(JdbcTemplate jdbc) {
    return times(jdbc, "incident-response-time", "Time to respond to incidents", "INC-", SlaTarget.RESPONSE,
        "the first response");
  }

  @Bean
  Measure incidentResolutionTime(JdbcTemplate jdbc) {
    return times(jdbc, "incident-resolution-time", "Time to resolve incidents", "INC-", SlaTarget.RESOLUTION,
        "the resolution");
  }

  @Bean
  Measure requestFulfilmentTime(JdbcTemplate jdbc) {
    return times(jdbc, "request-fulfilment-time", "Time to fulfil service requests", "REQ-", SlaTarget.RESOLUTION,
        "the fulfilment");
  }

  private static Measure times(JdbcTemplate jdbc, String name, String title, String prefix, SlaTarget target,
      String until) {
    return new SqlMeasure(name, title,
        "Of the records (" + prefix + "...) whose " + target.name().toLowerCase(Locale.ROOT) + " clock stopped in "
            + "the period (a resolution clock stops when the record is closed): the business minutes from recording "
            + "to " + until + " in their service's calendar, time on hold and awaiting the requester's confirmation "
            + "left out; mean and 90th percentile (nearest rank), per service or priority.",
        List.of("service", "priority"),
        q -> {
          List<Object> args = new ArrayList<>(List.of(target.name(), prefix + "%", Timestamp.from(q.from()),
              Timestamp.from(q.to())));
          if (q.service() != null) {
            args.add(q.service());
          }
          String column = COLUMNS.get(q.groupBy());
          Map<String, List<Long>> minutes = new TreeMap<>();
          jdbc.query("SELECT " + column + ", banked_seconds FROM itsm_sla_clock WHERE target = ? AND record_ref LIKE ? "
              + "AND stopped_at >= ? AND stopped_at < ?" + q.serviceFilter(),
              rs -> {
                String key = rs.getString(1);
                minutes.computeIfAbsent(key == null ? "none" : key, k -> new ArrayList<>()).add(rs.getLong(2) / 60);
              }, args.toArray());
          List<Measure.Row> rows = new ArrayList<>();
          minutes.forEach((key, values) -> {
            List<Long> sorted = values.stream().sorted().toList();
            Map<String, Number> row = new LinkedHashMap<>();
            row.put("records", sorted.size());
            row.put("meanMinutes", Rates.oneDecimal(sorted.stream().mapToLong(Long::longValue).average().orElse(0)));
            row.put("p90Minutes", sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1));
            rows.add(new Measure.Row(key, row));
          });
          return rows;
        });
  }
}
