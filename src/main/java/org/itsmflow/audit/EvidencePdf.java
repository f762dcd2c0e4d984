package org.itsmflow.audit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.itsmflow.platform.Downloads;
import org.itsmflow.reporting.ReportFont;
import org.itsmflow.workspace.Labels;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A record's evidence pack as a PDF (A4 landscape): one table per part, times with their zone. */
@Component
public class EvidencePdf {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss zzz", Locale.ENGLISH);

  private final ReportFont font;

  EvidencePdf(ReportFont font) {
    this.font = font;
  }

  /** The pack as a PDF download named by its record. */
  public ResponseEntity<byte[]> download(EvidencePack pack, ZoneId zone) {
    return Downloads.of("evidence-" + pack.number() + ".pdf", MediaType.APPLICATION_PDF, pdf(pack, zone));
  }

  public byte[] pdf(EvidencePack pack, ZoneId zone) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Evidence pack " + pack.number());
      document.addCreator("ITSM Flow");
      document.open();
      document.add(new Paragraph("Evidence pack: " + pack.number() + ", " + pack.title(), font.bold(18)));
      document.add(new Paragraph(Labels.label(pack.type()) + ", status " + pack.status() + (pack.ended() ? " (ended)"
          : "") + ". Generated " + time(pack.generatedAt(), zone) + " by " + pack.generatedBy()
          + ". Everything but this line is read from the stored record and the engine's history.", font.regular(9)));

      section(document, "The record", List.of("Field", "Value"), pack.fields().stream()
          .map(f -> List.of(f.label(), text(f.value(), zone))).toList(), new float[] {1, 4});
      section(document, "Models that ran", List.of("Process", "Version", "File", "Deployment", "Deployed",
          "Started", "Ended", "State"), pack.processes().stream().map(p -> List.of(p.processName() + " ("
          + p.processKey() + ")", String.valueOf(p.version()), p.resource(), p.deploymentId(), time(p.deployedAt(), zone),
          time(p.startedAt(), zone), time(p.endedAt(), zone), p.state())).toList(), null);
      section(document, "Tasks", List.of("Task", "Candidate groups", "Created", "Claimed by", "Claimed",
          "Completed by", "Ended", "Outcome"), pack.tasks().stream().map(t -> List.of(t.name(),
          String.join(", ", t.candidateGroups()), time(t.createdAt(), zone), dash(t.claimedBy()),
          time(t.claimedAt(), zone), dash(t.completedBy()), time(t.endedAt(), zone), outcome(t.outcome()))).toList(),
          null);
      section(document, "Decisions", List.of("Decision table", "Version", "Evaluated", "Inputs", "Outputs"),
          pack.decisions().stream().map(d -> List.of(d.decisionName() + " (" + d.decisionKey() + ")",
              String.valueOf(d.version()), time(d.evaluatedAt(), zone), values(d.inputs()),
              d.outputs().isEmpty() ? "no rule matched" : values(d.outputs()))).toList(), new float[] {3, 1, 2, 4, 3});
      section(document, "SLA targets", List.of("Target", "State", "Priority", "Target (business min.)",
          "Calendar", "Started", "Warned", "Breached", "Stopped"), pack.sla().stream().map(s -> List.of(s.target(),
          s.state(), String.valueOf(s.priority()), String.valueOf(s.targetMinutes()), s.calendarId(),
          time(s.startedAt(), zone), time(s.warnedAt(), zone), time(s.breachedAt(), zone),
          time(s.stoppedAt(), zone))).toList(), null);
      section(document, "Work log", List.of("When", "Who", "What", "Text", "Visible to"), pack.workLog().stream()
          .map(w -> List.of(time(w.at(), zone), w.by(), w.action(), dash(w.text()),
              "public".equals(w.visibility()) ? "requester and staff" : "staff")).toList(), new float[] {2, 1.3f, 1.5f, 6, 1.3f});
      section(document, "Links", List.of("Kind", "Record", "Linked", "By"), pack.links().stream()
          .map(l -> List.of(l.kind(), l.number(), time(l.linkedAt(), zone), l.linkedBy())).toList(), null);
      section(document, "Files", List.of("File", "Type", "Bytes", "SHA-256", "Uploaded", "By"), pack.attachments()
          .stream().map(a -> List.of(a.fileName(), a.contentType(), String.valueOf(a.size()), a.sha256(),
              time(a.uploadedAt(), zone), a.uploadedBy())).toList(), new float[] {2, 1.5f, 1, 5, 2, 1.3f});
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private void section(Document document, String heading, List<String> columns, List<List<String>> rows,
      float[] widths) throws DocumentException {
    document.add(new Paragraph(" ", font.regular(6)));
    if (rows.isEmpty()) {
      document.add(new Paragraph(heading, font.bold(12)));
      document.add(new Paragraph("None.", font.regular(9)));
      return;
    }
    PdfPTable table = new PdfPTable(columns.size());
    table.setWidthPercentage(100);
    if (widths != null) {
      table.setWidths(widths);
    }
    // The heading is the table's first header row: never left alone at the foot of a page, and
    // repeated with the column names on the next one.
    PdfPCell title = new PdfPCell(new Phrase(heading, font.bold(12)));
    title.setColspan(columns.size());
    title.setBorder(PdfPCell.NO_BORDER);
    title.setPaddingBottom(4f);
    table.addCell(title);
    Font bold = font.bold(8);
    Font body = font.regular(8);
    columns.forEach(column -> table.addCell(new PdfPCell(new Phrase(column, bold))));
    table.setHeaderRows(2);
    rows.forEach(row -> row.forEach(cell -> table.addCell(new Phrase(cell, body))));
    document.add(table);
  }

  private static String values(List<EvidencePack.Value> values) {
    return values.stream().map(v -> v.name() + " = " + (v.value() == null ? "none" : v.value()))
        .collect(Collectors.joining("; "));
  }

  private static String text(Object value, ZoneId zone) {
    if (value == null) {
      return "–";
    }
    if (value instanceof java.util.Date date) {
      return time(date.toInstant(), zone);
    }
    if (value instanceof Instant instant) {
      return time(instant, zone);
    }
    return value.toString();
  }

  private static String outcome(String outcome) {
    return "cancelled".equals(outcome) ? "ended by the process" : outcome;
  }

  private static String dash(String value) {
    return value == null || value.isBlank() ? "–" : value;
  }

  private static String time(Instant instant, ZoneId zone) {
    return instant == null ? "–" : TIME.format(instant.atZone(zone));
  }
}
