package org.itsmflow.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;

/** Body of PUT /api/calendars/{id}; {@link #validated} names the first wrong field. */
public record CalendarRequest(
    String name, String timeZone, Map<String, List<CalendarDefinition.Hours>> workingHours,
    List<CalendarDefinition.Holiday> holidays) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

  public CalendarDefinition validated(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidFieldException("id", "1 to 50 lower-case letters, digits and hyphens");
    }
    String checkedName = Fields.text("name", name, 200);
    if (timeZone == null) {
      throw new InvalidFieldException("timeZone", "required, e.g. Europe/Berlin");
    }
    try {
      ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw new InvalidFieldException("timeZone", "unknown time zone '" + timeZone + "'");
    }
    if (workingHours == null || workingHours.isEmpty()) {
      throw new InvalidFieldException("workingHours", "at least one weekday with working hours");
    }
    Map<DayOfWeek, List<CalendarDefinition.Hours>> hours = new EnumMap<>(DayOfWeek.class);
    workingHours.forEach((day, intervals) -> hours.put(day(day), checked(day, intervals)));
    List<CalendarDefinition.Holiday> checkedHolidays = holidays == null ? List.of() : holidays;
    for (int i = 0; i < checkedHolidays.size(); i++) {
      if (checkedHolidays.get(i) == null || checkedHolidays.get(i).date() == null) {
        throw new InvalidFieldException("holidays[" + i + "].date", "required, e.g. 2026-12-25");
      }
    }
    CalendarDefinition definition = new CalendarDefinition(id, checkedName, timeZone, hours, List.copyOf(checkedHolidays));
    try {
      definition.toBusinessCalendar();
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("workingHours", e.getMessage());
    }
    return definition;
  }

  private static DayOfWeek day(String day) {
    try {
      return DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("workingHours." + day, "not a weekday: MONDAY ... SUNDAY");
    }
  }

  private static List<CalendarDefinition.Hours> checked(String day, List<CalendarDefinition.Hours> intervals) {
    List<CalendarDefinition.Hours> result = new ArrayList<>();
    List<CalendarDefinition.Hours> given = intervals == null ? List.of() : intervals;
    for (int i = 0; i < given.size(); i++) {
      String field = "workingHours." + day + "[" + i + "]";
      CalendarDefinition.Hours hours = given.get(i);
      if (hours == null || hours.start() == null || !TIME.matcher(hours.start()).matches() || "24:00".equals(hours.start())) {
        throw new InvalidFieldException(field + ".start", "a time HH:mm from 00:00 to 23:59");
      }
      if (hours.end() == null || !TIME.matcher(hours.end()).matches()) {
        throw new InvalidFieldException(field + ".end", "a time HH:mm up to 24:00");
      }
      if (!"24:00".equals(hours.end()) && !LocalTime.parse(hours.end()).isAfter(LocalTime.parse(hours.start()))) {
        throw new InvalidFieldException(field + ".end", "must be after start " + hours.start());
      }
      result.add(hours);
    }
    return List.copyOf(result);
  }
}
