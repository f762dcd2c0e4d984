package org.itsmflow.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A business calendar as it is stored and exchanged over the API.
 *
 * @param workingHours per weekday (MONDAY ... SUNDAY), intervals "HH:mm" to "HH:mm" or "24:00"
 * @param holidays single dates, or dates whose month and day recur every year
 */
public record CalendarDefinition(
    String id, String name, String timeZone, Map<DayOfWeek, List<Hours>> workingHours, List<Holiday> holidays) {

  public record Hours(String start, String end) {}

  public record Holiday(LocalDate date, boolean yearly, String name) {}

  public BusinessCalendar toBusinessCalendar() {
    Map<DayOfWeek, List<WorkingInterval>> intervals = new EnumMap<>(DayOfWeek.class);
    workingHours.forEach((day, hours) -> intervals.put(day,
        hours.stream().map(h -> WorkingInterval.of(h.start(), h.end())).toList()));
    Set<LocalDate> single = new HashSet<>();
    Set<MonthDay> yearly = new HashSet<>();
    for (Holiday holiday : holidays) {
      if (holiday.yearly()) {
        yearly.add(MonthDay.from(holiday.date()));
      } else {
        single.add(holiday.date());
      }
    }
    return new BusinessCalendar(ZoneId.of(timeZone), intervals, single, yearly);
  }
}
