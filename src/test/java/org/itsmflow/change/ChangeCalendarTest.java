package org.itsmflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.itsmflow.ports.ReleasePort.ReleaseWindow;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.Test;

/** The calendar's layout on a schedule whose answer is known by hand (Europe/Berlin, December 2026). */
@Iso20000("8.5.1")
class ChangeCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static final ChangeFreeze YEAR_END = new ChangeFreeze(1, "Year end", Instant.parse("2026-12-20T23:00:00Z"),
      Instant.parse("2027-01-03T23:00:00Z"), null, "Closing", Instant.EPOCH, "cm");
  private static final ChangeFreeze PAYROLL_ONLY = new ChangeFreeze(2, "Payroll run",
      Instant.parse("2026-12-14T23:00:00Z"), Instant.parse("2026-12-15T23:00:00Z"), "PAYROLL", null, Instant.EPOCH, "cm");

  @Test
  void aMonthRunsFromTheMondayBeforeItsFirstDayToTheSundayAfterItsLast() {
    LocalDate[] range = ChangeCalendar.range(LocalDate.of(2026, 12, 15), ChangeCalendar.View.MONTH);

    assertThat(range).containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 1, 3));
    assertThat(ChangeCalendar.range(LocalDate.of(2026, 12, 17), ChangeCalendar.View.WEEK))
        .containsExactly(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 20));
    assertThat(ChangeCalendar.range(LocalDate.of(2026, 12, 17), ChangeCalendar.View.DAY))
        .containsExactly(LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 17));
  }

  @Test
  void itemsSitOnEveryDayTheyTouchInTheViewersZoneAndFreezesMarkConflicts() {
    ChangeSchedule.Entry overnight = entry("CHG-000001", "PAYROLL", "high", "2026-12-15T22:30:00Z", "2026-12-16T01:00:00Z");
    ChangeSchedule.Entry inPayrollFreeze = entry("CHG-000002", "PAYROLL", "low", "2026-12-15T08:00:00Z",
        "2026-12-15T09:00:00Z");
    ChangeSchedule.Entry otherService = entry("CHG-000003", "EMAIL", "medium", "2026-12-15T08:00:00Z",
        "2026-12-15T09:00:00Z");
    ReleaseWindow release = new ReleaseWindow("REL-000001", "Portal 2.0", "scheduled",
        Instant.parse("2026-12-22T18:00:00Z"), Instant.parse("2026-12-22T20:00:00Z"));
    ChangeSchedule.Schedule schedule = new ChangeSchedule.Schedule(Instant.EPOCH, Instant.EPOCH,
        List.of(overnight, inPayrollFreeze, otherService), List.of(YEAR_END, PAYROLL_ONLY));

    ChangeCalendar.Period period = ChangeCalendar.lay(LocalDate.of(2026, 12, 1), ChangeCalendar.View.MONTH, BERLIN,
        schedule, List.of(release));
    ChangeCalendar.Period oneDay = ChangeCalendar.lay(LocalDate.of(2026, 12, 16), ChangeCalendar.View.DAY, BERLIN,
        schedule, List.of(release));

    assertThat(period.weeks()).hasSize(5);
    ChangeCalendar.Day tuesday15 = day(period, LocalDate.of(2026, 12, 15));
    ChangeCalendar.Day wednesday16 = day(period, LocalDate.of(2026, 12, 16));
    // 22:30 UTC on the 15th is 23:30 in Berlin: the overnight change touches the 15th and the 16th.
    assertThat(tuesday15.items()).extracting(ChangeCalendar.Item::number)
        .containsExactlyInAnyOrder("CHG-000001", "CHG-000002", "CHG-000003");
    assertThat(wednesday16.items()).extracting(ChangeCalendar.Item::number).containsExactly("CHG-000001");
    assertThat(tuesday15.freezes()).containsExactly("Payroll run (PAYROLL)");
    assertThat(item(tuesday15, "CHG-000002").conflict()).isEqualTo("in freeze Payroll run");
    assertThat(item(tuesday15, "CHG-000003").conflict()).as("a freeze of another service").isNull();
    ChangeCalendar.Day tuesday22 = day(period, LocalDate.of(2026, 12, 22));
    assertThat(item(tuesday22, "REL-000001").conflict()).isEqualTo("in freeze Year end");
    assertThat(tuesday22.freezes()).containsExactly("Year end (all services)");
    assertThat(day(period, LocalDate.of(2026, 11, 30)).inPeriod()).isFalse();
    assertThat(oneDay.weeks()).singleElement().satisfies(days -> assertThat(days).singleElement()
        .satisfies(d -> assertThat(d.items()).extracting(ChangeCalendar.Item::number).containsExactly("CHG-000001")));
  }

  private static ChangeSchedule.Entry entry(String number, String service, String risk, String start, String end) {
    return new ChangeSchedule.Entry(number, "Change " + number, "normal", "scheduled", service, risk,
        Instant.parse(start), Instant.parse(end));
  }

  private static ChangeCalendar.Day day(ChangeCalendar.Period period, LocalDate date) {
    return period.weeks().stream().flatMap(List::stream).filter(d -> d.date().equals(date)).findFirst().orElseThrow();
  }

  private static ChangeCalendar.Item item(ChangeCalendar.Day day, String number) {
    return day.items().stream().filter(i -> i.number().equals(number)).findFirst().orElseThrow();
  }
}
