package org.itsmflow.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.workspace.Labels;
import org.itsmflow.workspace.ListParams;
import org.itsmflow.workspace.ViewerTime;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Dashboards in the workspace: for each role a set of measures, each a bar chart with its table
 * underneath and, where a record list can show them, a link from each bar to the records behind
 * it. Period (dates in the viewer's zone) and service filter; the numbers are the API's
 * ({@link Measures}).
 */
@WorkspacePage
class ReportPages {

  /** One chart of a dashboard: a measure, its grouping and the value the bars show. */
  record Chart(String measure, String groupBy, String value) {}

  record Dashboard(String id, String name, List<Chart> charts) {}

  /** A group of a chart: its values and the record list behind it (null where there is none). */
  record Bar(String key, Map<String, Number> values, String href) {}

  /** A chart as the page shows it; {@code data} is the chart's JSON for the script. */
  record Shown(Measures.Series series, String value, String valueLabel, List<Bar> bars, List<String> columns,
      String data) {}

  static final List<Dashboard> DASHBOARDS = List.of(
      new Dashboard("service-desk", "Service desk", List.of(new Chart("incident-volume", "channel", "incidents"),
          new Chart("incident-backlog", "age", "open"), new Chart("first-contact-resolution", "service", "rate"),
          new Chart("satisfaction", "group", "average"))),
      new Dashboard("incident", "Incident management", List.of(new Chart("incident-volume", "priority", "incidents"),
          new Chart("incident-resolution-time", "priority", "meanMinutes"),
          new Chart("sla-attainment", "priority", "attainment"), new Chart("incident-reopen-rate", "service", "rate"),
          new Chart("major-incidents", "service", "major"))),
      new Dashboard("service-owner", "Service owner", List.of(new Chart("sla-attainment", "service", "attainment"),
          new Chart("incident-resolution-time", "service", "p90Minutes"),
          new Chart("request-fulfilment-time", "service", "meanMinutes"), new Chart("satisfaction", "service", "average"))),
      new Dashboard("problem", "Problem management", List.of(new Chart("problems", "service", "open"),
          new Chart("problems", "priority", "meanAgeDays"), new Chart("known-errors-used", "known-error", "incidents"))),
      new Dashboard("change", "Change management", List.of(new Chart("change-success", "service", "successRate"),
          new Chart("change-success", "category", "successful"),
          new Chart("changes-causing-incidents", "service", "causedShare"),
          new Chart("freeze-collisions", "service", "inFreeze"))),
      new Dashboard("release", "Release management", List.of(new Chart("release-deployments", "type", "successRate"),
          new Chart("release-deployments", "type", "deployments"),
          new Chart("changes-causing-incidents", "category", "causedIncidents"),
          new Chart("freeze-collisions", "category", "inFreeze"))),
      new Dashboard("process-owner", "Process owner", List.of(new Chart("improvements", "status", "registered"),
          new Chart("nonconformities", "severity", "open"), new Chart("nonconformities", "source", "overdue"),
          new Chart("sla-attainment", "target", "attainment"))),
      new Dashboard("auditor", "Auditor", List.of(new Chart("sla-attainment", "target", "attainment"),
          new Chart("incident-volume", "service", "incidents"), new Chart("satisfaction", "type", "ratings"),
          new Chart("change-success", "service", "successRate"))));

  private final Measures measures;
  private final ServiceCatalogue services;
  private final ViewerTime time;
  private final ObjectMapper json;
  private final ServiceReport serviceReport;

  ReportPages(Measures measures, ServiceCatalogue services, ViewerTime time, ObjectMapper json,
      ServiceReport serviceReport) {
    this.serviceReport = serviceReport;
    this.measures = measures;
    this.services = services;
    this.time = time;
    this.json = json;
  }

  @GetMapping("/reports")
  @Transactional(readOnly = true)
  String dashboard(@RequestParam Map<String, String> params, Model model) {
    String id = params.getOrDefault("dashboard", DASHBOARDS.get(0).id());
    Dashboard dashboard = DASHBOARDS.stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new org.itsmflow.platform.InvalidFieldException("dashboard", "one of "
            + String.join(", ", DASHBOARDS.stream().map(Dashboard::id).toList())));
    ZoneId zone = time.zone();
    LocalDate today = LocalDate.ofInstant(EngineClock.now(), zone);
    LocalDate from = ListParams.date("from", params.get("from"));
    LocalDate until = ListParams.date("to", params.get("to"));
    from = from == null ? today.withDayOfMonth(1) : from;
    until = until == null ? today.withDayOfMonth(1).plusMonths(1).minusDays(1) : until;
    String service = Fields.optionalText("service", params.get("service"), 30);
    List<Shown> charts = new ArrayList<>();
    for (Chart chart : dashboard.charts()) {
      Measures.Series series = measures.compute(chart.measure(), from.toString(), until.plusDays(1).toString(), service,
          chart.groupBy(), zone);
      charts.add(shown(series, chart, from, until));
    }
    model.addAttribute("dashboards", DASHBOARDS);
    model.addAttribute("dashboard", dashboard);
    model.addAttribute("charts", charts);
    model.addAttribute("from", from);
    model.addAttribute("to", until);
    model.addAttribute("service", service);
    model.addAttribute("services", services.list(null));
    return "reports/dashboard";
  }

  /** A chart's table as CSV, for the signed-in staff member: the period's dates in the viewer's zone, inclusive. */
  @GetMapping("/reports/csv")
  @Transactional(readOnly = true)
  org.springframework.http.ResponseEntity<String> csv(@RequestParam(required = false) String measure,
      @RequestParam(required = false) String groupBy, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String service) {
    ZoneId zone = time.zone();
    LocalDate first = ListParams.date("from", from);
    LocalDate last = ListParams.date("to", to);
    return Csv.download(measures.compute(Fields.text("measure", measure, 64), first == null ? null : first.toString(),
        last == null ? null : last.plusDays(1).toString(), Fields.optionalText("service", service, 30), groupBy, zone),
        zone);
  }

  /** A service's monthly report as a PDF download, for the signed-in staff member (the API's, by session). */
  @GetMapping("/reports/services/{service}/{month}/pdf")
  @Transactional(readOnly = true)
  org.springframework.http.ResponseEntity<byte[]> monthlyPdf(
      @org.springframework.web.bind.annotation.PathVariable String service,
      @org.springframework.web.bind.annotation.PathVariable String month) {
    ServiceReport.Report report = serviceReport.build(service, ServiceReport.month(month), time.zone());
    return serviceReport.download(report);
  }

  private Shown shown(Measures.Series series, Chart chart, LocalDate from, LocalDate until) {
    List<Bar> bars = series.rows().stream().map(row -> new Bar(row.key(), row.values(),
        recordsBehind(series.measure(), chart.groupBy(), row.key(), from, until, series.service()))).toList();
    List<String> columns = series.rows().isEmpty() ? List.of()
        : new ArrayList<>(series.rows().get(0).values().keySet());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("name", Labels.label(chart.value()));
    data.put("labels", bars.stream().map(Bar::key).toList());
    data.put("values", bars.stream().map(b -> b.values().get(chart.value())).toList());
    data.put("links", bars.stream().map(Bar::href).toList());
    try {
      return new Shown(series, chart.value(), Labels.label(chart.value()), bars, columns, json.writeValueAsString(data));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The incident list filtered to a bar's incidents, where the list has that filter. */
  static String recordsBehind(String measure, String groupBy, String key, LocalDate from, LocalDate until,
      String service) {
    if (!measure.startsWith("incident-") || "none".equals(key)
        || !("service".equals(groupBy) || "priority".equals(groupBy))) {
      return null;
    }
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/incidents")
        .queryParam("status", "incident-backlog".equals(measure) ? "open" : "all");
    if (!"incident-backlog".equals(measure)) {
      link.queryParam("from", from).queryParam("to", until);
    }
    link.queryParam(groupBy, key);
    if (service != null && !"service".equals(groupBy)) {
      link.queryParam("service", service);
    }
    return link.build().encode().toUriString();
  }
}
