package org.itsmflow.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Calendars and local times for the SLA tests. */
final class Calendars {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private Calendars() {}

  /** Mon-Fri 08:00-12:00 and 13:00-17:00 in Berlin; Christmas every year, 24 Dec 2026 once. */
  static BusinessCalendar berlinOffice() {
    Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      hours.put(day, List.of(WorkingInterval.of("13:00", "17:00"), WorkingInterval.of("08:00", "12:00")));
    }
    return new BusinessCalendar(BERLIN, hours, Set.of(LocalDate.of(2026, 12, 24)), Set.of(MonthDay.of(12, 25)));
  }

  /** 08:00-12:00 and 13:00-17:00, as the API takes it. */
  static List<CalendarDefinition.Hours> officeDay() {
    return List.of(new CalendarDefinition.Hours("08:00", "12:00"), new CalendarDefinition.Hours("13:00", "17:00"));
  }

  static Instant berlin(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), BERLIN).toInstant();
  }

  static String inBerlin(Instant instant) {
    return instant.atZone(BERLIN).toLocalDateTime().toString();
  }
}
