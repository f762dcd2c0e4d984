package org.itsmflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.sla.Calendars.berlin;
import static org.itsmflow.sla.Calendars.inBerlin;

import java.time.Duration;
import java.time.Instant;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.Test;

@Iso20000("8.3.3")
class SlaTimerTest {

  private final BusinessCalendar office = Calendars.berlinOffice();
  private final BusinessCalendar roundTheClock = BusinessCalendar.twentyFourSeven(Calendars.BERLIN);

  @Test
  void warningAndBreachFallDueInBusinessTime() {
    SlaTimer timer = SlaTimer.start(Duration.ofHours(8), 75, berlin("2026-11-25T09:00"));

    assertThat(inBerlin(timer.warningAt(office).orElseThrow())).isEqualTo("2026-11-25T16:00");
    assertThat(inBerlin(timer.dueAt(office).orElseThrow())).isEqualTo("2026-11-26T09:00");
  }

  @Test
  void pauseAcrossANightMovesTheDeadlineByTheBusinessTimePaused() {
    SlaTimer running = SlaTimer.start(Duration.ofHours(8), 75, berlin("2026-11-25T09:00"));
    Instant unpausedDue = running.dueAt(office).orElseThrow();

    SlaTimer paused = running.pause(berlin("2026-11-25T16:00"), office);
    SlaTimer resumed = paused.resume(berlin("2026-11-26T10:00"));

    assertThat(paused.dueAt(office)).as("a paused clock has no deadline").isEmpty();
    assertThat(paused.remainingAt(berlin("2026-11-26T09:30"), office)).isEqualTo(Duration.ofHours(2));
    // Paused Wed 16:00-17:00 and Thu 08:00-10:00: three business hours.
    assertThat(inBerlin(resumed.dueAt(office).orElseThrow())).isEqualTo("2026-11-26T12:00");
    assertThat(office.businessTimeBetween(unpausedDue, resumed.dueAt(office).orElseThrow()))
        .isEqualTo(Duration.ofHours(3));
    assertThat(resumed.warningAt(office).orElseThrow()).as("warning already passed: due at once")
        .isEqualTo(berlin("2026-11-26T10:00"));
  }

  @Test
  void priorityChangeAfterSixtyPercentKeepsTheElapsedTime() {
    Instant start = berlin("2026-11-25T00:00");
    SlaTimer p3 = SlaTimer.start(Duration.ofHours(10), 75, start);
    Instant sixtyPercent = start.plus(Duration.ofHours(6));

    SlaTimer p4 = p3.retarget(Duration.ofHours(20), 75, sixtyPercent, roundTheClock);
    SlaTimer p1 = p3.retarget(Duration.ofHours(4), 75, sixtyPercent, roundTheClock);

    assertThat(p4.elapsedAt(sixtyPercent, roundTheClock)).isEqualTo(Duration.ofHours(6));
    assertThat(p4.dueAt(roundTheClock)).contains(start.plus(Duration.ofHours(20)));
    assertThat(p4.warningAt(roundTheClock)).contains(start.plus(Duration.ofHours(15)));
    assertThat(p1.dueAt(roundTheClock)).as("already over the new target: breached now").contains(sixtyPercent);
    assertThat(p1.remainingAt(sixtyPercent, roundTheClock)).isEqualTo(Duration.ofHours(-2));
  }

  @Test
  void priorityChangeWhilePausedStaysPaused() {
    SlaTimer paused = SlaTimer.start(Duration.ofHours(8), 75, berlin("2026-11-25T09:00"))
        .pause(berlin("2026-11-25T11:00"), office);

    SlaTimer retargeted = paused.retarget(Duration.ofHours(4), 50, berlin("2026-11-25T15:00"), office);

    assertThat(retargeted.isRunning()).isFalse();
    assertThat(retargeted.banked()).isEqualTo(Duration.ofHours(2));
    assertThat(inBerlin(retargeted.resume(berlin("2026-11-26T08:00")).dueAt(office).orElseThrow()))
        .isEqualTo("2026-11-26T10:00");
  }

  @Test
  void pauseAndResumeAreIdempotent() {
    SlaTimer running = SlaTimer.start(Duration.ofHours(8), 75, berlin("2026-11-25T09:00"));
    SlaTimer paused = running.pause(berlin("2026-11-25T10:00"), office);

    assertThat(paused.pause(berlin("2026-11-25T11:00"), office)).isEqualTo(paused);
    assertThat(running.resume(berlin("2026-11-25T11:00"))).isEqualTo(running);
  }
}
