package org.itsmflow.change;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.itsmflow.ports.ReleasePort.ReleaseWindow;

/**
 * The change calendar as people read it (ISO 20000 8.5.1.3, 8.5.3): weeks from Monday in the
 * viewer's zone, each day with the changes and release windows that touch it, coloured by risk,
 * and the freeze windows over it; a change or release inside a freeze that applies to it is marked
 * as a conflict. Pure: it lays out what it is given.
 */
final class ChangeCalendar {

  /** A change or a release window on a day. */
  record Item(String kind, String number, String title, String risk, String status, Instant start, Instant end,
      String conflict) {}

  record Day(LocalDate date, boolean inPeriod, List<Item> items, List<String> freezes) {}

  /** The period shown, its first and last day, and its weeks. */
  record Period(LocalDate first, LocalDate last, List<List<Day>> weeks) {}

  private ChangeCalendar() {}

  /** What a calendar page shows: a month or a week (Monday to Sunday weeks), or one day. */
  enum View {
    MONTH, WEEK, DAY
  }

  /** The first and last day shown: the Monday-to-Sunday weeks that hold this month or week, or the day. */
  static LocalDate[] range(LocalDate date, View view) {
    if (view == View.DAY) {
      return new LocalDate[] {date, date};
    }
    LocalDate first = view == View.WEEK ? date : date.withDayOfMonth(1);
    LocalDate last = view == View.WEEK ? date : date.with(TemporalAdjusters.lastDayOfMonth());
    return new LocalDate[] {first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
        last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))};
  }

  static Period lay(LocalDate date, View view, ZoneId zone, ChangeSchedule.Schedule schedule,
      List<ReleaseWindow> releases) {
    LocalDate[] range = range(date, view);
    List<Item> items = new ArrayList<>();
    for (ChangeSchedule.Entry c : schedule.changes()) {
      items.add(new Item("change", c.number(), c.title(), c.risk() == null ? "unassessed" : c.risk(), c.status(),
          c.plannedStart(), c.plannedEnd(), conflict(schedule.freezes(), c.plannedStart(), c.plannedEnd(), c.serviceCode())));
    }
    for (ReleaseWindow r : releases) {
      items.add(new Item("release", r.number(), r.title(), "release", r.status(), r.windowStart(), r.windowEnd(),
          conflict(schedule.freezes(), r.windowStart(), r.windowEnd(), null)));
    }
    List<List<Day>> weeks = new ArrayList<>();
    for (LocalDate monday = range[0]; !monday.isAfter(range[1]); monday = monday.plusWeeks(1)) {
      List<Day> days = new ArrayList<>();
      for (int d = 0; d < 7 && !monday.plusDays(d).isAfter(range[1]); d++) {
        LocalDate day = monday.plusDays(d);
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        boolean inPeriod = view != View.MONTH || day.getMonth() == date.getMonth();
        days.add(new Day(day, inPeriod,
            items.stream().filter(i -> i.start().isBefore(to) && i.end().isAfter(from)).toList(),
            schedule.freezes().stream().filter(f -> f.overlaps(from, to))
                .map(f -> f.name() + (f.serviceCode() == null ? " (all services)" : " (" + f.serviceCode() + ")"))
                .toList()));
      }
      weeks.add(days);
    }
    return new Period(range[0], range[1], weeks);
  }

  /** The freeze a window falls into for its service (a freeze of all services applies to every one). */
  private static String conflict(List<ChangeFreeze> freezes, Instant start, Instant end, String service) {
    return freezes.stream().filter(f -> f.overlaps(start, end) && f.covers(service))
        .map(f -> "in freeze " + f.name()).findFirst().orElse(null);
  }
}
