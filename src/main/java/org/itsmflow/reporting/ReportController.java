package org.itsmflow.reporting;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.portal.Satisfaction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports for service owners, managers and auditors (all staff may read). */
@RestController
class ReportController {

  private final SlaReport slaReport;
  private final Satisfaction satisfaction;

  ReportController(SlaReport slaReport, Satisfaction satisfaction) {
    this.slaReport = slaReport;
    this.satisfaction = satisfaction;
  }

  /** SLA attainment of targets closed from {@code from} (inclusive) to {@code to} (exclusive), ISO-8601 instants. */
  @GetMapping("/api/reports/sla")
  List<SlaReportRow> sla(@RequestParam String from, @RequestParam String to) {
    Instant start = instant("from", from);
    Instant end = instant("to", to);
    if (!end.isAfter(start)) {
      throw new InvalidFieldException("to", "must be after from");
    }
    return slaReport.between(start, end);
  }

  /**
   * Customer satisfaction (ISO 20000 8.3.2) per service and the group that worked the tickets:
   * the ratings given from {@code from} (inclusive) to {@code to} (exclusive), their mean and how
   * many were unhappy (1 or 2 of 5).
   */
  @GetMapping("/api/reports/satisfaction")
  List<Satisfaction.Result> satisfaction(@RequestParam String from, @RequestParam String to) {
    Instant start = instant("from", from);
    Instant end = instant("to", to);
    if (!end.isAfter(start)) {
      throw new InvalidFieldException("to", "must be after from");
    }
    return satisfaction.results(start, end);
  }

  private static Instant instant(String field, String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(field, "an ISO-8601 instant, e.g. 2026-11-01T00:00:00Z");
    }
  }
}
