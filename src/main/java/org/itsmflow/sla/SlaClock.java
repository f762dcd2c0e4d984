package org.itsmflow.sla;

import java.time.Instant;

/**
 * The stored state of one SLA target of one record.
 *
 * @param serviceCode the record's service (null for records without one)
 * @param timer the business-time arithmetic (target, warning share, banked time, running since)
 * @param warningAt planned warning time while running, else null
 * @param dueAt planned breach time while running, else null
 * @param processInstanceId the process whose timers raise the warning and the breach: the record's own
 *     process ({@code inRecordProcess}), or, for clocks started before issue 17, the clock's sla-clock process
 */
public record SlaClock(
    String id, String recordRef, SlaTarget target, String serviceCode, int priority, String calendarId,
    SlaTimer timer, Instant startedAt, Instant warningAt, Instant dueAt, Instant warnedAt, Instant breachedAt,
    Instant stoppedAt, String notifyGroup, String escalationGroup, String processInstanceId, boolean inRecordProcess) {

  public boolean isStopped() {
    return stoppedAt != null;
  }

  public boolean isBreached() {
    return breachedAt != null;
  }

  SlaClock withTimer(SlaTimer newTimer) {
    return new SlaClock(id, recordRef, target, serviceCode, priority, calendarId, newTimer, startedAt, warningAt,
        dueAt, warnedAt, breachedAt, stoppedAt, notifyGroup, escalationGroup, processInstanceId, inRecordProcess);
  }

  SlaClock withPlan(Instant newWarningAt, Instant newDueAt) {
    return new SlaClock(id, recordRef, target, serviceCode, priority, calendarId, timer, startedAt, newWarningAt,
        newDueAt, warnedAt, breachedAt, stoppedAt, notifyGroup, escalationGroup, processInstanceId, inRecordProcess);
  }

  SlaClock warned(Instant at) {
    return new SlaClock(id, recordRef, target, serviceCode, priority, calendarId, timer, startedAt, warningAt, dueAt,
        at, breachedAt, stoppedAt, notifyGroup, escalationGroup, processInstanceId, inRecordProcess);
  }

  SlaClock breached(Instant at) {
    return new SlaClock(id, recordRef, target, serviceCode, priority, calendarId, timer, startedAt, warningAt, dueAt,
        warnedAt, at, stoppedAt, notifyGroup, escalationGroup, processInstanceId, inRecordProcess);
  }

  SlaClock stopped(Instant at, SlaTimer finalTimer) {
    return new SlaClock(id, recordRef, target, serviceCode, priority, calendarId, finalTimer, startedAt, null, null,
        warnedAt, breachedAt, at, notifyGroup, escalationGroup, processInstanceId, inRecordProcess);
  }

  SlaClock retargeted(String newServiceCode, SlaDefinition sla, SlaTimer newTimer, boolean warningAgain) {
    return new SlaClock(id, recordRef, target, newServiceCode, sla.priority(), sla.calendarId(), newTimer,
        startedAt, warningAt, dueAt, warningAgain ? null : warnedAt, breachedAt, stoppedAt, notifyGroup,
        escalationGroup, processInstanceId, inRecordProcess);
  }

  SlaClock notifying(String group) {
    return new SlaClock(id, recordRef, target, serviceCode, priority, calendarId, timer, startedAt, warningAt, dueAt,
        warnedAt, breachedAt, stoppedAt, group, escalationGroup, processInstanceId, inRecordProcess);
  }
}
