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


  /**
   * The calendar with its hours and holidays in one statement: SLA arithmetic reads it in every
   * request that plans or stops a clock, and three round trips each showed in the benchmark.
   */
  Optional<CalendarDefinition> find(String id) {
    String[] header = new String[3];
    Map<DayOfWeek, List<CalendarDefinition.Hours>> hours = new EnumMap<>(DayOfWeek.class);
    List<CalendarDefinition.Holiday> holidays = new ArrayList<>();
    // The casts give the empty columns of each half the type of the other half's (PostgreSQL asks for it).
    jdbc.query("SELECT c.id, c.name, c.time_zone, h.day_of_week, h.start_time, h.end_time, "
            + "CAST(NULL AS DATE), CAST(NULL AS BOOLEAN), CAST(NULL AS VARCHAR(200)) "
            + "FROM itsm_calendar c LEFT JOIN itsm_calendar_hours h ON h.calendar_id = c.id WHERE c.id = ? "
            + "UNION ALL SELECT c.id, c.name, c.time_zone, CAST(NULL AS SMALLINT), CAST(NULL AS VARCHAR(5)), "
            + "CAST(NULL AS VARCHAR(5)), d.holiday_date, d.yearly, d.name "
            + "FROM itsm_calendar c JOIN itsm_calendar_holiday d ON d.calendar_id = c.id WHERE c.id = ? "
            + "ORDER BY 4, 5, 7",
        rs -> {
          header[0] = rs.getString(1);
          header[1] = rs.getString(2);
          header[2] = rs.getString(3);
          Date holiday = rs.getDate(7);
          if (holiday != null) {
            holidays.add(new CalendarDefinition.Holiday(holiday.toLocalDate(), rs.getBoolean(8), rs.getString(9)));
          } else if (rs.getString(5) != null) {
            hours.computeIfAbsent(DayOfWeek.of(rs.getInt(4)), d -> new ArrayList<>())
                .add(new CalendarDefinition.Hours(rs.getString(5), rs.getString(6)));
          }
        }, id, id);
    return header[0] == null ? Optional.empty()
        : Optional.of(new CalendarDefinition(header[0], header[1], header[2], hours, holidays));
  }

  /** Each calendar as {@link #find} reads it (a calendar deleted meanwhile is left out). */
  List<CalendarDefinition> findAll() {
    return jdbc.queryForList("SELECT id FROM itsm_calendar ORDER BY id", String.class).stream()
        .map(this::find).flatMap(Optional::stream).toList();
  }

  /** @return false when there was no such calendar */
  boolean delete(String id) {
    return jdbc.update("DELETE FROM itsm_calendar WHERE id = ?", id) > 0;
  }
}
