package org.itsmflow.sla;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working hours within one day, in the calendar's local time: from {@code start} (inclusive)
 * to {@code end} (exclusive); {@code end} null means midnight at the end of the day (24:00).
 */
public record WorkingInterval(LocalTime start, LocalTime end) {

  public WorkingInterval {
    if (start == null) {
      throw new IllegalArgumentException("start is required");
    }
    if (end != null && !end.isAfter(start)) {
      throw new IllegalArgumentException("end " + end + " must be after start " + start);
    }
  }

  public static WorkingInterval of(String start, String end) {
    LocalTime endTime = "24:00".equals(end) ? null : LocalTime.parse(end);
    return new WorkingInterval(LocalTime.parse(start), endTime);
  }

  public static WorkingInterval wholeDay() {
    return new WorkingInterval(LocalTime.MIDNIGHT, null);
  }

  /**
   * Start on this date in the zone. In a daylight-saving gap the wall time does not exist and
   * Java moves it forward by the gap's length (02:30 becomes 03:30), which is when work starts.
   */
  ZonedDateTime startOn(LocalDate date, ZoneId zone) {
    return ZonedDateTime.of(date, start, zone);
  }

  ZonedDateTime endOn(LocalDate date, ZoneId zone) {
    return end == null ? date.plusDays(1).atStartOfDay(zone) : ZonedDateTime.of(date, end, zone);
  }

  boolean overlaps(WorkingInterval other) {
    LocalTime thisEnd = end == null ? LocalTime.MAX : end;
    LocalTime otherEnd = other.end == null ? LocalTime.MAX : other.end;
    return start.isBefore(otherEnd) && other.start.isBefore(thisEnd);
  }

  @Override
  public String toString() {
    return start + "-" + (end == null ? "24:00" : end.toString());
  }
}
