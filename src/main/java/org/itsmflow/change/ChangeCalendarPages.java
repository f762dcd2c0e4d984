package org.itsmflow.change;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.itsmflow.platform.Downloads;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.ports.ReleasePort;
import org.itsmflow.workspace.ListParams;
import org.itsmflow.workspace.ViewerTime;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The change calendar in the workspace: a month or a week of scheduled changes, release windows
 * and freeze windows in the viewer's zone, coloured by risk, conflicts marked; its iCalendar feed
 * ({@code /api/changes/schedule.ics}) linked for calendar programs.
 */
@WorkspacePage
class ChangeCalendarPages {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

  private final ChangeSchedule schedule;
  private final ReleasePort releases;
  private final ViewerTime time;

  ChangeCalendarPages(ChangeSchedule schedule, ReleasePort releases, ViewerTime time) {
    this.schedule = schedule;
    this.releases = releases;
    this.time = time;
  }

  @GetMapping("/changes/calendar")
  String calendar(@RequestParam Map<String, String> params, Model model) {
    ZoneId zone = time.zone();
    ChangeCalendar.View view = params.get("view") == null ? ChangeCalendar.View.MONTH
        : Fields.oneOf("view", params.get("view"), ChangeCalendar.View.class);
    LocalDate today = EngineClock.now().atZone(zone).toLocalDate();
    LocalDate date = ListParams.date("date", params.get("date"));
    LocalDate shown = date == null ? today : date;
    LocalDate[] range = ChangeCalendar.range(shown, view);
    Instant from = range[0].atStartOfDay(zone).toInstant();
    Instant to = range[1].plusDays(1).atStartOfDay(zone).toInstant();
    ChangeCalendar.Period period = ChangeCalendar.lay(shown, view, zone, schedule.between(from, to),
        releases.windowsBetween(from, to));
    model.addAttribute("period", period);
    model.addAttribute("view", view.name().toLowerCase(Locale.ROOT));
    model.addAttribute("today", today);
    model.addAttribute("title", switch (view) {
      case DAY -> WEEKDAY.format(shown);
      case WEEK -> "Week of " + DAY.format(range[0]);
      case MONTH -> MONTH.format(shown);
    });
    model.addAttribute("previous", switch (view) {
      case DAY -> shown.minusDays(1);
      case WEEK -> shown.minusWeeks(1);
      case MONTH -> shown.minusMonths(1).withDayOfMonth(1);
    });
    model.addAttribute("next", switch (view) {
      case DAY -> shown.plusDays(1);
      case WEEK -> shown.plusWeeks(1);
      case MONTH -> shown.plusMonths(1).withDayOfMonth(1);
    });
    model.addAttribute("shown", shown.toString());
    model.addAttribute("download", "/changes/calendar.ics?from=" + from + "&to=" + to);
    return "changes/calendar";
  }

  /**
   * The shown period as an iCalendar file, from the signed-in session (a calendar program
   * subscribes to {@code /api/changes/schedule.ics} with its own credentials instead).
   */
  @GetMapping("/changes/calendar.ics")
  ResponseEntity<String> download(@RequestParam String from, @RequestParam String to) {
    Instant start = ChangeController.from(from);
    Instant end = ChangeController.to(from, to);
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    return Downloads.of("change-calendar.ics", MediaType.parseMediaType("text/calendar; charset=utf-8"),
        schedule.ical(schedule.between(start, end), base));
  }
}
