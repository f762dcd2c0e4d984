package org.itsmflow.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every measure of the application, by name, and the one reading of a report's period: {@code
 * from} and {@code to} as dates (the start of that day in the reporting zone) or instants; by
 * default this month; at most five years.
 */
@Component
public class Measures {

  /** The longest period one report covers. */
  static final Duration LONGEST = Duration.ofDays(5 * 366);

  /**
   * What a measure's caller gets: the measure's definition, the period and filters as applied, and
   * the rows.
   */
  public record Series(String measure, String title, String formula, Instant from, Instant to, String service,
      String groupBy, List<String> groupings, List<Measure.Row> rows) {}

  private final List<Measure> measures;

  Measures(List<Measure> measures) {
    this.measures = measures.stream().sorted(Comparator.comparing(Measure::name)).toList();
  }

  public List<Measure> all() {
    return measures;
  }

  public Optional<Measure> find(String name) {
    return measures.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** 404 for an unknown measure (naming the known ones), 400 naming the field for a bad period or grouping. */
  /** Whether a value is a percentage (rate, attainment, agreed share, ...Rate, ...Share), for headings. */
  public static boolean isPercent(String value) {
    return value.equals("rate") || value.equals("attainment") || value.equals("agreed") || value.endsWith("Rate")
        || value.endsWith("Share");
  }

  /** {@link #isPercent} for the pages' templates. */
  public boolean percent(String value) {
    return isPercent(value);
  }

  public Series compute(String name, String from, String to, String service, String groupBy, ZoneId zone) {
    Measure measure = find(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No measure '"
        + name + "'; the measures are " + String.join(", ", measures.stream().map(Measure::name).toList())));
    LocalDate today = LocalDate.ofInstant(EngineClock.now(), zone);
    Instant start = from == null || from.isBlank() ? today.withDayOfMonth(1).atStartOfDay(zone).toInstant()
        : instant("from", from, zone);
    Instant end = to == null || to.isBlank() ? today.withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant()
        : instant("to", to, zone);
    if (!end.isAfter(start)) {
      throw new InvalidFieldException("to", "must be after from");
    }
    if (Duration.between(start, end).compareTo(LONGEST) > 0) {
      throw new InvalidFieldException("to", "at most five years after from");
    }
    String grouping = groupBy == null || groupBy.isBlank() ? measure.groupings().get(0)
        : Fields.oneOf("groupBy", groupBy.trim(), measure.groupings());
    String serviceCode = Fields.optionalText("service", service, 30);
    Measure.Query query = new Measure.Query(start, end, serviceCode, grouping);
    return new Series(measure.name(), measure.title(), measure.formula(), start, end, serviceCode, grouping,
        measure.groupings(), measure.compute(query));
  }

  /** A date (the start of that day in the zone) or an instant. */
  static Instant instant(String field, String value, ZoneId zone) {
    String text = value.trim();
    try {
      return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(zone).toInstant() : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(field, "a date (2026-11-01) or an ISO-8601 instant (2026-11-01T00:00:00Z)");
    }
  }
}
