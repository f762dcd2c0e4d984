package org.itsmflow.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a service desk works: a timezone, working intervals per weekday and holidays (single
 * dates or recurring every year). SLA targets count only the time inside working intervals,
 * as real elapsed time: a working day that contains a daylight-saving switch counts the hours
 * that actually passed.
 */
public final class BusinessCalendar {

  /** Far enough for any SLA target; a calendar without working time never finds an end. */
  private static final int MAX_DAYS_SEARCHED = 3 * 366;

  private final ZoneId zone;
  private final Map<DayOfWeek, List<WorkingInterval>> workingHours;
  private final Set<LocalDate> holidays;
  private final Set<MonthDay> yearlyHolidays;

  public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> workingHours,
      Set<LocalDate> holidays, Set<MonthDay> yearlyHolidays) {
    this.zone = zone;
    this.workingHours = new EnumMap<>(DayOfWeek.class);
    workingHours.forEach((day, intervals) -> this.workingHours.put(day, sortedWithoutOverlap(day, intervals)));
    this.holidays = Set.copyOf(holidays);
    this.yearlyHolidays = Set.copyOf(yearlyHolidays);
    if (this.workingHours.values().stream().allMatch(List::isEmpty)) {
      throw new IllegalArgumentException("A business calendar needs at least one working interval");
    }
  }

  /** Round the clock, every day, no holidays. */
  public static BusinessCalendar twentyFourSeven(ZoneId zone) {
    Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.put(day, List.of(WorkingInterval.wholeDay()));
    }
    return new BusinessCalendar(zone, hours, Set.of(), Set.of());
  }

  public ZoneId zone() {
    return zone;
  }

  public boolean isHoliday(LocalDate date) {
    return holidays.contains(date) || yearlyHolidays.contains(MonthDay.from(date));
  }

  /** The instant at which {@code amount} of business time has passed after {@code start}. */
  public Instant addBusinessTime(Instant start, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    Duration remaining = amount;
    LocalDate date = start.atZone(zone).toLocalDate().minusDays(1);
    for (int day = 0; day <= MAX_DAYS_SEARCHED; day++, date = date.plusDays(1)) {
      for (Window window : windowsOn(date)) {
        if (!window.end.isAfter(start)) {
          continue;
        }
        Instant from = window.start.isBefore(start) ? start : window.start;
        Duration available = Duration.between(from, window.end);
        if (remaining.compareTo(available) <= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
    throw new IllegalStateException("No end found within " + MAX_DAYS_SEARCHED + " days: too few working hours");
  }

  /**
   * The same local time {@code days} working days later: "n-th business day" deadlines. A
   * working day has working hours and is no holiday.
   */
  public Instant addBusinessDays(Instant start, int days) {
    ZonedDateTime local = start.atZone(zone);
    LocalDate date = local.toLocalDate();
    int counted = 0;
    for (int day = 0; counted < days; day++) {
      if (day > MAX_DAYS_SEARCHED) {
        throw new IllegalStateException("No " + days + " working days within " + MAX_DAYS_SEARCHED + " days");
      }
      date = date.plusDays(1);
      if (!windowsOn(date).isEmpty()) {
        counted++;
      }
    }
    return ZonedDateTime.of(date, local.toLocalTime(), zone).toInstant();
  }

  /** Business time between two instants; zero when {@code to} is not after {@code from}. */
  public Duration businessTimeBetween(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate date = from.atZone(zone).toLocalDate().minusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
      for (Window window : windowsOn(date)) {
        Instant start = window.start.isBefore(from) ? from : window.start;
        Instant end = window.end.isAfter(to) ? to : window.end;
        if (end.isAfter(start)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  private List<Window> windowsOn(LocalDate date) {
    if (isHoliday(date)) {
      return List.of();
    }
    List<Window> windows = new ArrayList<>();
    for (WorkingInterval interval : workingHours.getOrDefault(date.getDayOfWeek(), List.of())) {
      Instant start = interval.startOn(date, zone).toInstant();
      Instant end = interval.endOn(date, zone).toInstant();
      if (end.isAfter(start)) {
        windows.add(new Window(start, end));
      }
    }
    return windows;
  }

  private static List<WorkingInterval> sortedWithoutOverlap(DayOfWeek day, List<WorkingInterval> intervals) {
    List<WorkingInterval> sorted = new ArrayList<>(intervals);
    sorted.sort(Comparator.comparing(WorkingInterval::start));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i))) {
        throw new IllegalArgumentException("Working intervals on " + day + " overlap: "
            + sorted.get(i - 1) + " and " + sorted.get(i));
      }
    }
    return List.copyOf(sorted);
  }

  private record Window(Instant start, Instant end) {}
}
