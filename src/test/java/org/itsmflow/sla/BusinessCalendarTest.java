package org.itsmflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itsmflow.sla.Calendars.berlin;
import static org.itsmflow.sla.Calendars.inBerlin;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.Test;

@Iso20000("8.3.3")
class BusinessCalendarTest {

  private final BusinessCalendar office = Calendars.berlinOffice();
  private final BusinessCalendar roundTheClock = BusinessCalendar.twentyFourSeven(Calendars.BERLIN);

  @Test
  void weekendIsSkipped() {
    Instant due = office.addBusinessTime(berlin("2026-11-27T16:00"), Duration.ofHours(2));

    assertThat(inBerlin(due)).isEqualTo("2026-11-30T09:00");
  }

  @Test
  void eveningAndNightAreSkipped() {
    Instant due = office.addBusinessTime(berlin("2026-11-25T20:00"), Duration.ofMinutes(30));

    assertThat(inBerlin(due)).isEqualTo("2026-11-26T08:30");
  }

  @Test
  void breakBetweenIntervalsIsSkipped() {
    Instant due = office.addBusinessTime(berlin("2026-11-25T11:30"), Duration.ofHours(1));

    assertThat(inBerlin(due)).isEqualTo("2026-11-25T13:30");
  }

  @Test
  void holidaysSingleAndYearlyAreSkipped() {
    // 24 Dec 2026 (single), 25 Dec (every year), then the weekend.
    Instant due = office.addBusinessTime(berlin("2026-12-23T16:00"), Duration.ofHours(2));

    assertThat(inBerlin(due)).isEqualTo("2026-12-28T09:00");
    assertThat(office.isHoliday(java.time.LocalDate.of(2031, 12, 25))).isTrue();
    assertThat(office.isHoliday(java.time.LocalDate.of(2031, 12, 24))).isFalse();
  }

  @Test
  void startOnTheEdgeOfWorkingHours() {
    assertThat(inBerlin(office.addBusinessTime(berlin("2026-11-25T17:00"), Duration.ofMinutes(1))))
        .isEqualTo("2026-11-26T08:01");
    assertThat(inBerlin(office.addBusinessTime(berlin("2026-11-25T08:00"), Duration.ZERO)))
        .isEqualTo("2026-11-25T08:00");
  }

  @Test
  void springForwardInBerlinCountsTheHoursThatReallyPassed() {
    // 29 March 2026: 02:00 becomes 03:00, the local day has 23 hours.
    Instant due = roundTheClock.addBusinessTime(berlin("2026-03-28T12:00"), Duration.ofHours(24));

    assertThat(inBerlin(due)).isEqualTo("2026-03-29T13:00");
    assertThat(Duration.between(berlin("2026-03-28T12:00"), due)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void fallBackInBerlinCountsTheHoursThatReallyPassed() {
    // 25 October 2026: 03:00 becomes 02:00, the local day has 25 hours.
    Instant due = roundTheClock.addBusinessTime(berlin("2026-10-24T12:00"), Duration.ofHours(24));

    assertThat(inBerlin(due)).isEqualTo("2026-10-25T11:00");
  }

  @Test
  void officeHoursAcrossTheSwitchStayWallClockHours() {
    // Friday 16:00 to Monday: working hours are 08:00-12:00 local on both sides of the switch.
    Instant due = office.addBusinessTime(berlin("2026-03-27T16:00"), Duration.ofHours(2));

    assertThat(inBerlin(due)).isEqualTo("2026-03-30T09:00");
  }

  @Test
  void roundTheClockCountsEveryMinute() {
    Instant start = berlin("2026-12-24T23:30");

    assertThat(Duration.between(start, roundTheClock.addBusinessTime(start, Duration.ofMinutes(90))))
        .isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void businessTimeBetweenCountsOnlyWorkingHours() {
    assertThat(office.businessTimeBetween(berlin("2026-11-27T16:00"), berlin("2026-11-30T09:00")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(office.businessTimeBetween(berlin("2026-11-28T10:00"), berlin("2026-11-29T10:00")))
        .isZero();
    assertThat(office.businessTimeBetween(berlin("2026-11-30T09:00"), berlin("2026-11-27T16:00")))
        .isZero();
  }

  @Test
  void addingAndMeasuringAgree() {
    Random random = new Random(20261124L);
    Instant base = berlin("2026-01-01T00:00");
    for (int i = 0; i < 500; i++) {
      Instant start = base.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
      Duration amount = Duration.ofMinutes(random.nextInt(5 * 8 * 60));

      Instant end = office.addBusinessTime(start, amount);

      assertThat(office.businessTimeBetween(start, end)).as("from %s", inBerlin(start)).isEqualTo(amount);
    }
  }

  @Test
  void businessDaysSkipWeekendsAndHolidays() {
    assertThat(inBerlin(office.addBusinessDays(berlin("2026-11-26T15:00"), 3))).isEqualTo("2026-12-01T15:00");
    assertThat(inBerlin(office.addBusinessDays(berlin("2026-12-22T10:00"), 3))).isEqualTo("2026-12-29T10:00");
    assertThat(inBerlin(roundTheClock.addBusinessDays(berlin("2026-11-28T10:00"), 3))).isEqualTo("2026-12-01T10:00");
  }

  @Test
  void invalidCalendarsAreRefused() {
    assertThatThrownBy(() -> new BusinessCalendar(Calendars.BERLIN, Map.of(), Set.of(), Set.of()))
        .hasMessageContaining("at least one working interval");
    assertThatThrownBy(() -> new BusinessCalendar(Calendars.BERLIN,
        Map.of(DayOfWeek.MONDAY, List.of(WorkingInterval.of("08:00", "12:00"), WorkingInterval.of("11:00", "13:00"))),
        Set.of(), Set.of()))
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> WorkingInterval.of("12:00", "08:00")).hasMessageContaining("must be after");
  }
}
