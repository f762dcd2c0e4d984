package org.itsmflow.reporting;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.itsmflow.catalogue.Service;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.workspace.Labels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service's monthly report (ISO 20000 9.4): its SLA targets and results against the agreed share,
 * the trend of the last twelve months, incidents, major incidents, service requests, changes (and the
 * incidents they caused), problems, known errors used, satisfaction, and the text its owner adds;
 * as a PDF. Every number is one of the measures' ({@link Measures}), for the service and the month
 * in the reporting zone.
 */
@Component
public class ServiceReport {

  /** A table of the report: a measure's series with its heading. */
  public record Section(String heading, Measures.Series series) {}

  /** One month of the trend: SLA attainment of the service's targets that stopped in it (null without any). */
  public record TrendPoint(YearMonth month, Double attainment) {}

  public record Report(Service service, YearMonth month, ZoneId zone, List<Section> sections, List<TrendPoint> trend,
      String comment, Instant builtAt) {}

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter BUILT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

  private final Measures measures;
  private final ServiceCatalogue services;
  private final JdbcTemplate jdbc;
  private final CurrentUser currentUser;
  private final ReportFont font;

  ServiceReport(Measures measures, ServiceCatalogue services, JdbcTemplate jdbc, CurrentUser currentUser,
      ReportFont font) {
    this.font = font;
    this.measures = measures;
    this.services = services;
    this.jdbc = jdbc;
    this.currentUser = currentUser;
  }

  /** {@code 2026-11}; 400 naming {@code month} otherwise. */
  public static YearMonth month(String value) {
    try {
      return YearMonth.parse(Fields.text("month", value, 7));
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException("month", "a month as 2026-11");
    }
  }

  @Transactional(readOnly = true)
  public Report build(String serviceCode, YearMonth month, ZoneId zone) {
    if (!services.exists(serviceCode)) {
      throw new RecordNotFoundException("Service", serviceCode);
    }
    Service service = services.get(serviceCode);
    List<Section> sections = new ArrayList<>();
    sections.add(section("SLA targets", "sla-attainment", "target", serviceCode, month, zone));
    sections.add(section("Incidents by priority", "incident-volume", "priority", serviceCode, month, zone));
    sections.add(section("Time to resolve incidents (business minutes)", "incident-resolution-time", "priority",
        serviceCode, month, zone));
    sections.add(section("Major incidents", "major-incidents", "priority", serviceCode, month, zone));
    sections.add(section("Service requests: time to fulfil (business minutes)", "request-fulfilment-time", "priority",
        serviceCode, month, zone));
    sections.add(section("Changes", "change-success", "category", serviceCode, month, zone));
    sections.add(section("Changes that caused incidents", "changes-causing-incidents", "category", serviceCode, month,
        zone));
    sections.add(section("Problems", "problems", "priority", serviceCode, month, zone));
    sections.add(section("Known errors used", "known-errors-used", "known-error", serviceCode, month, zone));
    sections.add(section("Requester satisfaction", "satisfaction", "group", serviceCode, month, zone));
    List<TrendPoint> trend = new ArrayList<>();
    for (int back = 11; back >= 0; back--) {
      YearMonth m = month.minusMonths(back);
      Measures.Series attainment = series("sla-attainment", "service", serviceCode, m, zone);
      trend.add(new TrendPoint(m, attainment.rows().isEmpty() ? null
          : (Double) attainment.rows().get(0).values().get("attainment")));
    }
    return new Report(service, month, zone, sections, trend, comment(serviceCode, month), EngineClock.now());
  }

  /** The owner's text for the month: replaced, 400 naming {@code text} when empty or too long. */
  @Transactional
  public void comment(String serviceCode, YearMonth month, String text) {
    if (!services.exists(serviceCode)) {
      throw new RecordNotFoundException("Service", serviceCode);
    }
    String checked = Fields.text("text", text, 4000);
    Timestamp now = Timestamp.from(EngineClock.now());
    int updated = jdbc.update("UPDATE itsm_service_report_comment SET text = ?, updated_by = ?, updated_at = ? "
        + "WHERE service_code = ? AND report_month = ?", checked, currentUser.id(), now, serviceCode, month.toString());
    if (updated == 0) {
      jdbc.update("INSERT INTO itsm_service_report_comment (service_code, report_month, text, updated_by, "
          + "updated_at) VALUES (?, ?, ?, ?, ?)", serviceCode, month.toString(), checked, currentUser.id(), now);
    }
  }

  /** "November 2026". */
  public static String monthName(YearMonth month) {
    return MONTH.format(month);
  }

  /** The owner's text for the month, null without one. */
  String comment(String serviceCode, YearMonth month) {
    return jdbc.query("SELECT text FROM itsm_service_report_comment WHERE service_code = ? AND report_month = ?",
        (rs, i) -> rs.getString(1), serviceCode, month.toString()).stream().findFirst().orElse(null);
  }

  private Section section(String heading, String measure, String groupBy, String service, YearMonth month,
      ZoneId zone) {
    return new Section(heading, series(measure, groupBy, service, month, zone));
  }

  private Measures.Series series(String measure, String groupBy, String service, YearMonth month, ZoneId zone) {
    return measures.compute(measure, month.atDay(1).toString(), month.plusMonths(1).atDay(1).toString(), service,
        groupBy, zone);
  }

  /** The report's PDF as a download, whichever door asked for it (the API, the workspace). */
  public org.springframework.http.ResponseEntity<byte[]> download(Report report) {
    return download(report.service().code(), report.month(), pdf(report));
  }

  /** A report's PDF (built now or as archived) as a download named by service and month. */
  static org.springframework.http.ResponseEntity<byte[]> download(String serviceCode, YearMonth month, byte[] pdf) {
    return org.itsmflow.platform.Downloads.of("service-report-" + serviceCode + "-" + month + ".pdf",
        org.springframework.http.MediaType.APPLICATION_PDF, pdf);
  }

  /** The report as a PDF (A4): headings, the owner's text, one table per section, the trend as a chart and a table. */
  public byte[] pdf(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle("Service report " + report.service().name() + " " + MONTH.format(report.month()));
      document.addCreator("ITSM Flow");
      document.open();
      Font title = font.bold(18);
      Font heading = font.bold(12);
      Font body = font.regular(10);
      Font small = font.regular(8);
      document.add(new Paragraph("Service report: " + report.service().name() + " (" + report.service().code() + ")",
          title));
      document.add(new Paragraph(MONTH.format(report.month()) + ", days in " + report.zone().getId()
          + ". Service owner: " + report.service().ownerGroup() + ". Built " + BUILT.format(report.builtAt()
          .atZone(report.zone())) + ".", body));
      document.add(new Paragraph("From the service owner", heading));
      document.add(new Paragraph(report.comment() == null ? "No comment yet." : report.comment(), body));
      for (Section section : report.sections()) {
        document.add(new Paragraph(" "));
        document.add(new Paragraph(section.heading(), heading));
        document.add(table(section.series(), body, font.bold(10)));
        document.add(new Paragraph(section.series().formula(), small));
      }
      document.add(new Paragraph(" "));
      Paragraph trendHeading = new Paragraph("SLA attainment, the last twelve months (%)", heading);
      trendHeading.setKeepTogether(true);
      document.add(trendHeading);
      Image chart = Image.getInstance(TrendChart.draw(writer.getDirectContent(), font.base(), report.trend(),
          document.right() - document.left()));
      chart.setSpacingBefore(6f);
      document.add(chart);
      PdfPTable trend = new PdfPTable(2);
      trend.setWidthPercentage(60);
      trend.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
      trend.setSpacingBefore(6f);
      trend.addCell(new Phrase("Month", font.bold(10)));
      trend.addCell(new Phrase("Attainment", font.bold(10)));
      for (TrendPoint point : report.trend()) {
        trend.addCell(new Phrase(MONTH.format(point.month()), body));
        trend.addCell(new Phrase(point.attainment() == null ? "no targets" : point.attainment().toString(), body));
      }
      document.add(trend);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static com.lowagie.text.Element table(Measures.Series series, Font body, Font bold) {
    if (series.rows().isEmpty()) {
      return new Paragraph(new Chunk("Nothing in this month.", body));
    }
    Set<String> columns = new LinkedHashSet<>();
    series.rows().forEach(row -> columns.addAll(row.values().keySet()));
    PdfPTable table = new PdfPTable(columns.size() + 1);
    table.setWidthPercentage(100);
    // Below its heading, not over it.
    table.setSpacingBefore(6f);
    table.addCell(new PdfPCell(new Phrase(Labels.label(series.groupBy()), bold)));
    columns.forEach(column -> table.addCell(new PdfPCell(new Phrase(Labels.label(column)
        + (Measures.isPercent(column) ? " (%)" : ""), bold))));
    for (Measure.Row row : series.rows()) {
      table.addCell(new Phrase(row.key(), body));
      columns.forEach(column -> {
        Number value = row.values().get(column);
        table.addCell(new Phrase(value == null ? "-" : value.toString(), body));
      });
    }
    return table;
  }
}
