package org.itsmflow.sla;

import java.sql.Date;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.itsmflow.platform.Rows;

@Repository
class CalendarRepository {

  private final JdbcTemplate jdbc;

  CalendarRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Replaces the whole calendar; the caller's transaction makes it all or nothing.
   *
   * @return true when the calendar was new
   */
  boolean save(CalendarDefinition calendar) {
    boolean replaced = jdbc.update("UPDATE itsm_calendar SET name = ?, time_zone = ? WHERE id = ?",
        calendar.name(), calendar.timeZone(), calendar.id()) > 0;
    if (replaced) {
      jdbc.update("DELETE FROM itsm_calendar_hours WHERE calendar_id = ?", calendar.id());
      jdbc.update("DELETE FROM itsm_calendar_holiday WHERE calendar_id = ?", calendar.id());
    } else {
      jdbc.update("INSERT INTO itsm_calendar (id, name, time_zone) VALUES (?, ?, ?)",
          calendar.id(), calendar.name(), calendar.timeZone());
    }
    calendar.workingHours().forEach((day, hours) -> hours.forEach(h -> jdbc.update(
        "INSERT INTO itsm_calendar_hours (calendar_id, day_of_week, start_time, end_time) VALUES (?, ?, ?, ?)",
        calendar.id(), day.getValue(), h.start(), h.end())));
    calendar.holidays().forEach(holiday -> jdbc.update(
        "INSERT INTO itsm_calendar_holiday (calendar_id, holiday_date, yearly, name) VALUES (?, ?, ?, ?)",
        calendar.id(), Date.valueOf(holiday.date()), holiday.yearly(), holiday.name()));
    return !replaced;
  }

  boolean exists(String id) {
    return Rows.count(jdbc, "SELECT count(*) FROM itsm_calendar WHERE id = ?", id) > 0;
  }

  /** Services and SLAs that count on this calendar. */
  int usages(String id) {
    return Rows.count(jdbc, "SELECT count(*) FROM itsm_service WHERE calendar_id = ?", id)
        + Rows.count(jdbc, "SELECT count(*) FROM itsm_sla WHERE calendar_id = ?", id);
  }


  Optional<CalendarDefinition> find(String id) {
    List<String[]> rows = jdbc.query("SELECT id, name, time_zone FROM itsm_calendar WHERE id = ?",
        (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, id);
    return rows.stream().findFirst().map(row -> load(row[0], row[1], row[2]));
  }

  List<CalendarDefinition> findAll() {
    return jdbc.query("SELECT id, name, time_zone FROM itsm_calendar ORDER BY id",
            (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
        .stream().map(row -> load(row[0], row[1], row[2])).toList();
  }

  /** @return false when there was no such calendar */
  boolean delete(String id) {
    return jdbc.update("DELETE FROM itsm_calendar WHERE id = ?", id) > 0;
  }

  private CalendarDefinition load(String id, String name, String timeZone) {
    Map<DayOfWeek, List<CalendarDefinition.Hours>> hours = new EnumMap<>(DayOfWeek.class);
    jdbc.query("SELECT day_of_week, start_time, end_time FROM itsm_calendar_hours WHERE calendar_id = ? "
            + "ORDER BY day_of_week, start_time",
        rs -> {
          hours.computeIfAbsent(DayOfWeek.of(rs.getInt(1)), d -> new ArrayList<>())
              .add(new CalendarDefinition.Hours(rs.getString(2), rs.getString(3)));
        }, id);
    List<CalendarDefinition.Holiday> holidays = jdbc.query(
        "SELECT holiday_date, yearly, name FROM itsm_calendar_holiday WHERE calendar_id = ? ORDER BY holiday_date",
        (rs, n) -> new CalendarDefinition.Holiday(rs.getDate(1).toLocalDate(), rs.getBoolean(2), rs.getString(3)), id);
    return new CalendarDefinition(id, name, timeZone, hours, holidays);
  }
}
