package org.itsmflow.change;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.itsmflow.platform.EngineClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule of change (8.5.1.3): changes planned in a period, and the freeze windows, as
 * JSON and as an iCalendar feed (RFC 5545) that calendar programs subscribe to.
 */
@Component
class ChangeSchedule {

  private static final DateTimeFormatter ICAL_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private final ChangeRepository repository;
  private final ChangeFreezes freezes;

  ChangeSchedule(ChangeRepository repository, ChangeFreezes freezes) {
    this.repository = repository;
    this.freezes = freezes;
  }

  record Entry(String number, String title, String category, String status, String serviceCode, String risk,
      Instant plannedStart, Instant plannedEnd) {}

  record Schedule(Instant from, Instant to, List<Entry> changes, List<ChangeFreeze> freezes) {}

  @Transactional(readOnly = true)
  Schedule between(Instant from, Instant to) {
    List<Entry> entries = repository.plannedBetween(from, to).stream()
        .map(c -> new Entry(c.number(), c.title(), c.category().id(), c.status().id(), c.serviceCode(), c.risk(),
            c.plannedStart(), c.plannedEnd()))
        .toList();
    return new Schedule(from, to, entries, freezes.between(from, to));
  }

  String ical(Schedule schedule, String baseUrl) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//ITSM Flow//Schedule of change//EN");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "X-WR-CALNAME:Schedule of change");
    String stamp = ICAL_TIME.format(EngineClock.now());
    for (Entry e : schedule.changes()) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + e.number() + "@itsm-flow");
      line(ics, "DTSTAMP:" + stamp);
      line(ics, "DTSTART:" + ICAL_TIME.format(e.plannedStart()));
      line(ics, "DTEND:" + ICAL_TIME.format(e.plannedEnd()));
      line(ics, "SUMMARY:" + text(e.number() + " " + e.title()));
      line(ics, "DESCRIPTION:" + text(e.category() + " change on " + e.serviceCode() + ", status " + e.status()
          + (e.risk() == null ? "" : ", risk " + e.risk())));
      line(ics, "STATUS:" + (e.status().equals("withdrawn") ? "CANCELLED"
          : e.status().equals("recorded") || e.status().equals("awaiting-authorisation") ? "TENTATIVE" : "CONFIRMED"));
      line(ics, "URL:" + baseUrl + "/api/changes/" + e.number());
      line(ics, "END:VEVENT");
    }
    for (ChangeFreeze f : schedule.freezes()) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:freeze-" + f.id() + "@itsm-flow");
      line(ics, "DTSTAMP:" + stamp);
      line(ics, "DTSTART:" + ICAL_TIME.format(f.startsAt()));
      line(ics, "DTEND:" + ICAL_TIME.format(f.endsAt()));
      line(ics, "SUMMARY:" + text("Change freeze: " + f.name()));
      line(ics, "DESCRIPTION:" + text((f.serviceCode() == null ? "All services" : "Service " + f.serviceCode())
          + (f.reason() == null ? "" : ". " + f.reason())));
      line(ics, "TRANSP:TRANSPARENT");
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  /** RFC 5545 3.3.11: escape backslash, semicolon, comma and newlines. */
  private static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }

  /** RFC 5545 3.1: CRLF line ends, lines folded at 75 octets. */
  private static void line(StringBuilder ics, String content) {
    byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (bytes.length <= 75) {
      ics.append(content).append("\r\n");
      return;
    }
    int count = 0;
    StringBuilder folded = new StringBuilder();
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (count + size > 75) {
        folded.append("\r\n ");
        count = 1;
      }
      folded.appendCodePoint(cp);
      count += size;
      i += Character.charCount(cp);
    }
    ics.append(folded).append("\r\n");
  }
}
