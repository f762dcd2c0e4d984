package org.itsmflow.reporting;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.workspace.ViewerTime;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports for service owners, managers and auditors (all staff may read). */
@RestController
class ReportController {

  /** A measure as the list of measures shows it. */
  record MeasureInfo(String name, String title, String formula, List<String> groupings, String href) {}

  record CommentRequest(String text) {}

  private final SlaReport slaReport;
  private final Measures measures;
  private final ViewerTime time;
  private final ServiceReport serviceReport;
  private final ServiceReportDelivery delivery;

  ReportController(SlaReport slaReport, Measures measures, ViewerTime time, ServiceReport serviceReport,
      ServiceReportDelivery delivery) {
    this.delivery = delivery;
    this.slaReport = slaReport;
    this.measures = measures;
    this.time = time;
    this.serviceReport = serviceReport;
  }

  /** A service's monthly report ({@code month} as 2026-11) with every table's series and the trend. */
  @GetMapping("/api/reports/services/{service}/{month}")
  ServiceReport.Report serviceReport(@PathVariable String service, @PathVariable String month) {
    return serviceReport.build(service, ServiceReport.month(month), time.zone());
  }

  /** The same report as a PDF download. */
  @GetMapping("/api/reports/services/{service}/{month}/pdf")
  org.springframework.http.ResponseEntity<byte[]> serviceReportPdf(@PathVariable String service,
      @PathVariable String month) {
    ServiceReport.Report report = serviceReport.build(service, ServiceReport.month(month), time.zone());
    return serviceReport.download(report);
  }

  /** The service owner's text for the month's report (replaces the one before). */
  @org.springframework.web.bind.annotation.PutMapping("/api/reports/services/{service}/{month}/comment")
  ServiceReport.Report comment(@PathVariable String service, @PathVariable String month,
      @org.springframework.web.bind.annotation.RequestBody(required = false) CommentRequest body) {
    java.time.YearMonth m = ServiceReport.month(month);
    serviceReport.comment(service, m, body == null ? null : body.text());
    return serviceReport.build(service, m, time.zone());
  }

  /** Who receives the service's monthly report by e-mail. */
  @GetMapping("/api/reports/services/{service}/recipients")
  ServiceReportDelivery.Recipients recipients(@PathVariable String service) {
    return delivery.recipients(service);
  }

  /** Replaces who receives the service's monthly report ({@code {"recipients": ["it-board@example.com"]}}). */
  @org.springframework.web.bind.annotation.PutMapping("/api/reports/services/{service}/recipients")
  ServiceReportDelivery.Recipients recipients(@PathVariable String service,
      @org.springframework.web.bind.annotation.RequestBody(required = false) ServiceReportDelivery.Recipients body) {
    return delivery.recipients(service, body == null ? null : body.recipients());
  }

  /** The service's reports as process service-reporting archived and sent them, newest first. */
  @GetMapping("/api/reports/services/{service}/archive")
  List<ServiceReportDelivery.Archived> archive(@PathVariable String service) {
    return delivery.archive(service);
  }

  /** A month's report exactly as archived and sent (its SHA-256 is in the archive list). */
  @GetMapping("/api/reports/services/{service}/archive/{month}/pdf")
  org.springframework.http.ResponseEntity<byte[]> archivedPdf(@PathVariable String service,
      @PathVariable String month) {
    return ServiceReport.download(service, ServiceReport.month(month), delivery.archivedPdf(service,
        ServiceReport.month(month)));
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

  /** Every measure with its formula and groupings. */
  @GetMapping("/api/reports")
  List<MeasureInfo> measures() {
    return measures.all().stream().map(m -> new MeasureInfo(m.name(), m.title(), m.formula(), m.groupings(),
        "/api/reports/" + m.name())).toList();
  }

  /**
   * One measure's series: {@code from}/{@code to} as dates (in ITSM_TIME_ZONE) or instants, this
   * month by default, at most five years; {@code service} a service code; {@code groupBy} one of
   * the measure's groupings.
   */
  @GetMapping("/api/reports/{measure}")
  @Transactional(readOnly = true)
  Measures.Series measure(@PathVariable String measure, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String service,
      @RequestParam(required = false) String groupBy) {
    return measures.compute(measure, from, to, service, groupBy, time.zone());
  }

  /** The same series as CSV ({@code format=csv}), for a spreadsheet: the group, then one column per value. */
  @GetMapping(path = "/api/reports/{measure}", params = "format=csv")
  @Transactional(readOnly = true)
  org.springframework.http.ResponseEntity<String> csv(@PathVariable String measure,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String service, @RequestParam(required = false) String groupBy) {
    return Csv.download(measures.compute(measure, from, to, service, groupBy, time.zone()), time.zone());
  }

  private static Instant instant(String field, String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(field, "an ISO-8601 instant, e.g. 2026-11-01T00:00:00Z");
    }
  }
}
