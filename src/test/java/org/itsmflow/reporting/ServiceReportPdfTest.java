package org.itsmflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.itsmflow.catalogue.Service;
import org.itsmflow.catalogue.ServiceStatus;
import org.itsmflow.platform.InvalidConfigurationException;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.Test;

/** The PDF of a service report built from a report held in memory (no Spring, no database). */
@Iso20000("9.4")
class ServiceReportPdfTest {

  private static final Service SERVICE = new Service("EMAIL", "E-mail", "Mail for everyone", "service-owners", 2,
      ServiceStatus.LIVE, "24x7", List.of());

  @Test
  void textBeyondLatin1ShowsAsWrittenAndTheTrendIsDrawnWithItsValues() throws IOException {
    List<ServiceReport.TrendPoint> trend = new ArrayList<>();
    for (int back = 11; back >= 0; back--) {
      YearMonth month = YearMonth.of(2026, 11).minusMonths(back);
      trend.add(new ServiceReport.TrendPoint(month, back == 4 ? null : 100.0 - back * 2.5));
    }
    Map<String, Number> row = new java.util.LinkedHashMap<>();
    row.put("met", 3);
    row.put("breached", 1);
    row.put("attainment", 75.0);
    Measures.Series sla = new Measures.Series("sla-attainment", "SLA attainment", "met / (met + breached)",
        Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"), "EMAIL", "target",
        List.of("target"), List.of(new Measure.Row("resolution", row)));
    ServiceReport.Report report = new ServiceReport.Report(SERVICE, YearMonth.of(2026, 11), ZoneId.of("Europe/Warsaw"),
        List.of(new ServiceReport.Section("SLA targets", sla)), trend,
        "Zażółć gęślą jaźń. Ελληνικά: όλα καλά. Русский: всё хорошо.", Instant.parse("2026-12-02T05:00:00Z"));

    byte[] pdf = new ServiceReport(null, null, null, null, new ReportFont("")).pdf(report);

    Files.createDirectories(Path.of("target/browser"));
    Files.write(Path.of("target/browser/service-report-sample.pdf"), pdf);
    String text = text(pdf);
    assertThat(text).contains("Service report: E-mail (EMAIL)").contains("November 2026, days in Europe/Warsaw")
        .contains("Built 2 Dec 2026, 06:00 CET")
        .contains("Zażółć gęślą jaźń. Ελληνικά: όλα καλά. Русский: всё хорошо.")
        .contains("resolution 3 1 75.0")
        // The chart's month labels and values, then the same numbers as a table.
        .contains("Dec 25").contains("Nov 26").contains("no targets").contains("97.5")
        .contains("July 2026 no targets");
  }

  @Test
  void aFontFileThatIsNoFontStopsStartUpSayingWhichSetting() throws IOException {
    Path notAFont = Files.createTempFile("not-a-font", ".ttf");
    Files.writeString(notAFont, "plain text");

    assertThatThrownBy(() -> new ReportFont(notAFont.toString())).isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("ITSM_REPORT_FONT '" + notAFont + "' is not a font");
    assertThatThrownBy(() -> new ReportFont("/nowhere/font.ttf")).isInstanceOf(InvalidConfigurationException.class);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
