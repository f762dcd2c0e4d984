package org.itsmflow.reporting;

import java.util.LinkedHashSet;
import java.util.Set;

/** A series as CSV (RFC 4180): a header of the grouping and the value names, a line per group; empty for null. */
final class Csv {

  private Csv() {}

  /** The series as a CSV download named by measure and the period's first day in the zone. */
  static org.springframework.http.ResponseEntity<String> download(Measures.Series series, java.time.ZoneId zone) {
    return org.itsmflow.platform.Downloads.of(series.measure() + "-" + series.from().atZone(zone).toLocalDate()
        + ".csv", new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
        of(series));
  }

  static String of(Measures.Series series) {
    Set<String> columns = new LinkedHashSet<>();
    series.rows().forEach(row -> columns.addAll(row.values().keySet()));
    StringBuilder csv = new StringBuilder(cell(series.groupBy()));
    columns.forEach(column -> csv.append(',').append(cell(column)));
    csv.append("\r\n");
    for (Measure.Row row : series.rows()) {
      csv.append(cell(row.key()));
      columns.forEach(column -> {
        Number value = row.values().get(column);
        csv.append(',').append(value == null ? "" : value.toString());
      });
      csv.append("\r\n");
    }
    return csv.toString();
  }

  /** Quoted when it holds a comma, quote or line break; a leading =, +, - or @ is kept from spreadsheets' formulas. */
  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
