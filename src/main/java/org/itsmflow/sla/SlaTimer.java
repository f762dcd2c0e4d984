package org.itsmflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The arithmetic of one SLA target (response or resolution): how much business time has been
 * used, and when the warning and the breach fall due. Immutable; every change returns a new
 * state that the SLA clock stores.
 *
 * <p>Pausing banks the business time used so far and stops the clock; resuming starts it
 * again, so the deadlines move by exactly the business time spent paused. A priority change
 * replaces the target but keeps the time already used.
 *
 * @param target the business time allowed
 * @param warningPercent when the warning falls due, as a share of the target (e.g. 75)
 * @param banked business time used before {@code runningSince}
 * @param runningSince when the clock last started; null while paused
 */
public record SlaTimer(Duration target, int warningPercent, Duration banked, Instant runningSince) {

  public SlaTimer {
    if (target == null || target.isNegative() || target.isZero()) {
      throw new IllegalArgumentException("target must be positive: " + target);
    }
    if (warningPercent < 1 || warningPercent > 100) {
      throw new IllegalArgumentException("warningPercent must be 1..100: " + warningPercent);
    }
  }

  public static SlaTimer start(Duration target, int warningPercent, Instant now) {
    return new SlaTimer(target, warningPercent, Duration.ZERO, now);
  }

  public boolean isRunning() {
    return runningSince != null;
  }

  public Duration elapsedAt(Instant now, BusinessCalendar calendar) {
    return isRunning() ? banked.plus(calendar.businessTimeBetween(runningSince, now)) : banked;
  }

  /** Negative once the target is exceeded. */
  public Duration remainingAt(Instant now, BusinessCalendar calendar) {
    return target.minus(elapsedAt(now, calendar));
  }

  public SlaTimer pause(Instant now, BusinessCalendar calendar) {
    if (!isRunning()) {
      return this;
    }
    return new SlaTimer(target, warningPercent, elapsedAt(now, calendar), null);
  }

  public SlaTimer resume(Instant now) {
    return isRunning() ? this : new SlaTimer(target, warningPercent, banked, now);
  }

  public SlaTimer retarget(Duration newTarget, int newWarningPercent, Instant now, BusinessCalendar calendar) {
    Duration used = elapsedAt(now, calendar);
    return new SlaTimer(newTarget, newWarningPercent, used, isRunning() ? now : null);
  }

  public Duration warningThreshold() {
    return target.multipliedBy(warningPercent).dividedBy(100);
  }

  /** Empty while paused: a paused clock has no deadline. */
  public Optional<Instant> dueAt(BusinessCalendar calendar) {
    return deadline(target, calendar);
  }

  public Optional<Instant> warningAt(BusinessCalendar calendar) {
    return deadline(warningThreshold(), calendar);
  }

  private Optional<Instant> deadline(Duration limit, BusinessCalendar calendar) {
    if (!isRunning()) {
      return Optional.empty();
    }
    Duration left = limit.minus(banked);
    return Optional.of(left.isNegative() ? runningSince : calendar.addBusinessTime(runningSince, left));
  }
}
