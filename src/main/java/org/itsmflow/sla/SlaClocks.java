package org.itsmflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA clock (ISO 20000 8.3.3). Record processes start it for each record; it measures the
 * response and resolution targets in business time, pauses while the record waits on the
 * customer or a supplier, keeps the used time when the priority changes, and raises the
 * warning and the breach through timer jobs of the record's own process ({@link SlaDeadline}),
 * which it moves in the same transaction whenever a clock changes. Clocks started before issue 17
 * have an sla-clock process instance per target instead, told of each change by a message; they
 * keep working until their records end.
 *
 * <p>Every operation is idempotent, so a delegate that runs twice changes nothing the second
 * time. Each locks the clock rows it changes, so a timer job and a request never interleave.
 */
@Service
public class SlaClocks {

  private static final String RECORD_TYPE = "SLA clock of record";

  /**
   * The records with a breached target, for another package's query to select from without
   * knowing the SLA tables: {@code number IN (BREACHED_RECORDS)}.
   */
  public static final String BREACHED_RECORDS = "SELECT record_ref FROM itsm_sla_clock WHERE breached_at IS NOT NULL";

  private final SlaClockRepository repository;
  private final ServiceLevels serviceLevels;
  private final BusinessCalendars calendars;
  private final RuntimeService runtimeService;
  private final Notifier notifier;
  private final SlaDeadlines deadlines;

  SlaClocks(SlaClockRepository repository, ServiceLevels serviceLevels, BusinessCalendars calendars,
      RuntimeService runtimeService, Notifier notifier, SlaDeadlines deadlines) {
    this.repository = repository;
    this.serviceLevels = serviceLevels;
    this.calendars = calendars;
    this.runtimeService = runtimeService;
    this.notifier = notifier;
    this.deadlines = deadlines;
  }

  /**
   * Starts the response and resolution clocks of a record whose own process holds the deadlines
   * as timers ({@link SlaDeadline}): no process of its own per target. The scope with the timers
   * takes their dates from {@link #showDeadlines} in the same transaction. A target that already has
   * a clock is left as it is.
   *
   * @param processInstanceId the record's process instance
   */
  @Transactional
  public List<SlaStatus> startInRecordProcess(String recordRef, String processInstanceId, String serviceCode,
      int priority, String notifyGroup, String escalationGroup) {
    SlaDefinition sla = serviceLevels.applicable(serviceCode, priority);
    List<SlaClock> existing = repository.lockAll(recordRef);
    Instant now = EngineClock.now();
    for (SlaTarget target : SlaTarget.values()) {
      if (existing.stream().noneMatch(c -> c.target() == target)) {
        repository.insert(planned(new SlaClock(UUID.randomUUID().toString(), recordRef, target, serviceCode, priority,
            sla.calendarId(), SlaTimer.start(sla.target(target), sla.warningPercent(), now), now, null, null, null,
            null, null, notifyGroup, escalationGroup, processInstanceId, true)));
      }
    }
    return status(recordRef);
  }

  /**
   * Sets the dates of the record's deadline timers, for the scope about to start that holds them
   * (after the clocks started, after a reopened record's clock resumed). Transient: the dates are
   * kept in the clocks only.
   */
  @Transactional(readOnly = true)
  public void showDeadlines(VariableScope scope, String recordRef) {
    SlaDeadlines.show(scope, SlaDeadlines.of(repository.findAll(recordRef)));
  }

  /** The record waits on the customer or a supplier: paused time does not count. */
  @Transactional
  public void pause(String recordRef) {
    Instant now = EngineClock.now();
    change(recordRef, clock -> clock.timer().isRunning(),
        clock -> clock.withTimer(clock.timer().pause(now, calendars.calendar(clock.calendarId()))));
  }

  @Transactional
  public void resume(String recordRef) {
    Instant now = EngineClock.now();
    change(recordRef, clock -> !clock.timer().isRunning(), clock -> clock.withTimer(clock.timer().resume(now)));
  }

  /** New service or priority: the new SLA's targets apply; the business time used is kept. */
  @Transactional
  public void retarget(String recordRef, String serviceCode, int priority) {
    SlaDefinition sla = serviceLevels.applicable(serviceCode, priority);
    Instant now = EngineClock.now();
    change(recordRef, clock -> true, clock -> {
      BusinessCalendar calendar = calendars.calendar(clock.calendarId());
      SlaTimer timer = clock.timer().retarget(sla.target(clock.target()), sla.warningPercent(), now, calendar);
      boolean beforeNewWarning = timer.elapsedAt(now, calendar).compareTo(timer.warningThreshold()) < 0;
      return clock.retargeted(serviceCode, sla, timer, beforeNewWarning);
    });
  }

  /** Warnings go to the group now working the record. */
  @Transactional
  public void notifyGroup(String recordRef, String group) {
    // Locked in the order every change of a record's clocks takes, then changed in one statement.
    repository.lockAll(recordRef);
    repository.notifyGroup(recordRef, group);
  }

  /**
   * The target is met (response: first agent action; resolution: resolved). Records whether it
   * was met in time, even when the breach timer has not run yet.
   */
  @Transactional
  public void stop(String recordRef, SlaTarget target) {
    stop(recordRef, Set.of(target));
  }

  /** Stops every target still running, e.g. when the record is closed or cancelled. */
  @Transactional
  public void stopAll(String recordRef) {
    stop(recordRef, Set.of(SlaTarget.values()));
  }

  private void stop(String recordRef, Set<SlaTarget> targets) {
    Instant now = EngineClock.now();
    List<SlaClock> after = new ArrayList<>();
    boolean moved = false;
    for (SlaClock clock : repository.lockAll(recordRef)) {
      SlaClock next = clock;
      if (targets.contains(clock.target()) && !clock.isStopped()) {
        BusinessCalendar calendar = calendars.calendar(clock.calendarId());
        SlaTimer finalTimer = clock.timer().pause(now, calendar);
        next = clock.stopped(now, finalTimer);
        if (!next.isBreached() && finalTimer.banked().compareTo(finalTimer.target()) > 0) {
          next = next.breached(clock.dueAt() != null ? clock.dueAt() : now);
        }
        repository.update(next);
        moved |= changed(SlaClockProcess.MESSAGE_STOPPED, clock);
      }
      after.add(next);
    }
    moveTimers(after, moved);
  }

  @Transactional(readOnly = true)
  public List<SlaStatus> status(String recordRef) {
    List<SlaStatus> result = statusIfStarted(recordRef);
    if (result.isEmpty()) {
      throw new RecordNotFoundException(RECORD_TYPE, recordRef);
    }
    return result;
  }

  /** The record's targets, or none for a record whose clock has not started (yet). */
  @Transactional(readOnly = true)
  public List<SlaStatus> statusIfStarted(String recordRef) {
    List<SlaClock> clocks = repository.findAll(recordRef).stream()
        .sorted(Comparator.comparing(SlaClock::target))
        .toList();
    Instant now = EngineClock.now();
    List<SlaStatus> result = new ArrayList<>();
    for (SlaClock clock : clocks) {
      BusinessCalendar calendar = calendars.calendar(clock.calendarId());
      Duration elapsed = clock.timer().elapsedAt(now, calendar);
      result.add(new SlaStatus(clock.target().id(), state(clock), clock.priority(), clock.serviceCode(),
          clock.calendarId(), clock.timer().target().toMinutes(), clock.timer().warningPercent(), clock.startedAt(),
          clock.warningAt(), clock.dueAt(), elapsed.toMinutes(), clock.timer().target().minus(elapsed).toMinutes(),
          clock.warnedAt(), clock.breachedAt(), clock.stoppedAt()));
    }
    return result;
  }

  // --- called by the sla-clock process ---

  /** Computes the next warning and breach of a clock; both empty while paused or stopped. */
  @Transactional
  public SlaClock plan(String clockId) {
    SlaClock clock = repository.lock(clockId).orElseThrow(() -> new IllegalStateException("No SLA clock " + clockId));
    SlaClock planned = planned(clock);
    repository.update(planned);
    return planned;
  }

  /**
   * A deadline of a record's own process fell due: its warning or breach, once; a deadline no
   * longer pending (met, raised, paused: the timer fired before it was moved) changes nothing.
   */
  @Transactional
  public void deadlineDue(String recordRef, SlaDeadline deadline) {
    SlaClock clock = repository.lockAll(recordRef).stream().filter(c -> c.target() == deadline.target()).findFirst()
        .orElseThrow(() -> new IllegalStateException("No " + deadline.target().id() + " SLA clock of " + recordRef));
    Instant now = EngineClock.now();
    if (deadline.dueAt(clock).isAfter(now)) {
      return;
    }
    if (deadline.isBreach()) {
      breach(clock, now);
    } else {
      warn(clock, now);
    }
  }

  /** The warning threshold is reached: tell the group working the record, and its process. */
  @Transactional
  public void raiseWarning(String clockId) {
    SlaClock clock = repository.lock(clockId).orElseThrow();
    if (clock.warnedAt() != null || clock.isStopped()) {
      return;
    }
    warn(clock, EngineClock.now());
    correlateToRecord(SlaClockProcess.MESSAGE_WARNING_REACHED, clock);
  }

  private void warn(SlaClock clock, Instant now) {
    repository.update(clock.warned(now));
    notifier.send(new Notification("sla:" + clock.id() + ":warning:" + clock.timer().target().toMinutes(),
        clock.notifyGroup(), "SLA_WARNING", clock.recordRef(),
        clock.recordRef() + ": " + clock.target().id() + " target at " + clock.timer().warningPercent() + " %",
        "The " + clock.target().id() + " target of " + clock.recordRef() + " falls due at " + clock.dueAt() + "."));
  }

  /** The target is breached: flag it, tell the managers, and let the record's process escalate. */
  @Transactional
  public void recordBreach(String clockId) {
    SlaClock clock = repository.lock(clockId).orElseThrow();
    if (clock.isBreached() || clock.isStopped()) {
      return;
    }
    breach(clock, EngineClock.now());
    correlateToRecord(SlaClockProcess.MESSAGE_BREACHED, clock);
  }

  private void breach(SlaClock clock, Instant now) {
    repository.update(clock.breached(now));
    notifier.send(new Notification("sla:" + clock.id() + ":breach", clock.escalationGroup(), "SLA_BREACH",
        clock.recordRef(), clock.recordRef() + ": " + clock.target().id() + " target breached",
        "The " + clock.target().id() + " target of " + clock.recordRef() + " was due at " + clock.dueAt()
            + " and is breached; " + clock.notifyGroup() + " is working the record."));
  }

  private void change(String recordRef, Predicate<SlaClock> applies,
      UnaryOperator<SlaClock> change) {
    List<SlaClock> after = new ArrayList<>();
    boolean moved = false;
    for (SlaClock clock : repository.lockAll(recordRef)) {
      SlaClock next = clock;
      if (!clock.isStopped() && applies.test(clock)) {
        next = clock.inRecordProcess() ? planned(change.apply(clock)) : change.apply(clock);
        repository.update(next);
        moved |= changed(SlaClockProcess.MESSAGE_CHANGED, clock);
      }
      after.add(next);
    }
    moveTimers(after, moved);
  }

  /**
   * A clock changed: the sla-clock process of a clock started before issue 17 plans its timers
   * itself on this message; answers whether the record's own timers need moving instead.
   */
  private boolean changed(String message, SlaClock clock) {
    if (clock.inRecordProcess()) {
      return true;
    }
    runtimeService.createMessageCorrelation(message).processInstanceId(clock.processInstanceId()).correlate();
    return false;
  }

  /** Once per change of a record, however many of its clocks changed: the clocks as they are now. */
  private void moveTimers(List<SlaClock> clocks, boolean needed) {
    List<SlaClock> inRecordProcess = clocks.stream().filter(SlaClock::inRecordProcess).toList();
    if (needed && !inRecordProcess.isEmpty()) {
      deadlines.move(inRecordProcess.get(0).processInstanceId(), SlaDeadlines.of(inRecordProcess));
    }
  }

  /** The clock with its next warning and breach; both empty while paused or stopped, each once raised. */
  private SlaClock planned(SlaClock clock) {
    BusinessCalendar calendar = calendars.calendar(clock.calendarId());
    boolean active = !clock.isStopped() && clock.timer().isRunning();
    return clock.withPlan(
        active && clock.warnedAt() == null ? clock.timer().warningAt(calendar).orElseThrow() : null,
        active && !clock.isBreached() ? clock.timer().dueAt(calendar).orElseThrow() : null);
  }

  /** The record's process may or may not wait for this; the clock does not depend on it. */
  private void correlateToRecord(String message, SlaClock clock) {
    runtimeService.createMessageCorrelation(message)
        .processInstanceBusinessKey(clock.recordRef())
        .setVariable(SlaClockProcess.Variables.SLA_TARGET, clock.target().id())
        .correlateAllWithResult();
  }

  private static String state(SlaClock clock) {
    String state;
    if (clock.isBreached()) {
      state = "breached";
    } else if (clock.isStopped()) {
      state = "met";
    } else {
      state = clock.timer().isRunning() ? "running" : "paused";
    }
    return state;
  }
}
