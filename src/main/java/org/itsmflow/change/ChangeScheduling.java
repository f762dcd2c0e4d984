package org.itsmflow.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.InvalidFieldException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Putting an authorised change on the schedule of change (ISO 20000 8.5.1.3): conflicts with
 * other changes and freeze windows, a new slot after a conflict, the implementers told. Every
 * operation the process calls is safe to repeat.
 */
@Component
class ChangeScheduling {

  private final Changes changes;
  private final ChangeRepository repository;
  private final Notifier notifier;
  private final ChangeWorkLog workLog;

  ChangeScheduling(Changes changes, ChangeRepository repository, Notifier notifier, ChangeWorkLog workLog) {
    this.changes = changes;
    this.repository = repository;
    this.notifier = notifier;
    this.workLog = workLog;
  }

  /**
   * Conflicts with the schedule of change: other changes holding a slot on the same service or
   * CI at an overlapping time, and (except for emergency changes) freeze windows.
   */
  @Transactional
  public List<String> checkSchedule(String number, List<ChangeFreeze> freezes) {
    Change c = changes.lock(number);
    List<String> cisOfChange = repository.cis(number);
    Set<String> affected = changes.affectedServices(c);
    List<String> conflicts = new ArrayList<>();
    for (Change other : repository.scheduledBetween(c.plannedStart(), c.plannedEnd())) {
      if (other.number().equals(number)) {
        continue;
      }
      List<String> shared = new ArrayList<>(repository.cis(other.number()));
      shared.retainAll(cisOfChange);
      if (other.serviceCode().equals(c.serviceCode()) || !shared.isEmpty()) {
        conflicts.add(other.number() + " (" + other.status().id() + ", " + other.plannedStart() + " - "
            + other.plannedEnd() + ") on " + (shared.isEmpty() ? "service " + other.serviceCode()
            : String.join(", ", shared)));
      }
    }
    if (c.category() != ChangeCategory.EMERGENCY) {
      for (ChangeFreeze f : freezes) {
        if (f.overlaps(c.plannedStart(), c.plannedEnd()) && (f.serviceCode() == null
            || affected.contains(f.serviceCode()))) {
          conflicts.add("freeze '" + f.name() + "' (" + f.startsAt() + " - " + f.endsAt() + ")"
              + (f.serviceCode() == null ? "" : " on service " + f.serviceCode()));
        }
      }
    }
    String text = conflicts.isEmpty() ? null : String.join("; ", conflicts);
    boolean blocking = !conflicts.isEmpty() && c.category() != ChangeCategory.EMERGENCY;
    ChangeStatus status = blocking ? ChangeStatus.AWAITING_RESCHEDULE : c.status();
    repository.updateConflicts(number, text, status);
    if (text != null) {
      workLog.once(number, blocking ? "schedule-conflict" : "schedule-warning", text);
    }
    return blocking ? conflicts : List.of();
  }

  /** New planned start and end after a conflict. */
  @Transactional
  public void reschedule(String number, Instant start, Instant end) {
    Change c = changes.lock(number);
    Instant newStart = Changes.required("plannedStart", start);
    Instant newEnd = Changes.required("plannedEnd", end);
    if (!newEnd.isAfter(newStart)) {
      throw new InvalidFieldException("plannedEnd", "after plannedStart");
    }
    if (newStart.isBefore(EngineClock.now())) {
      throw new InvalidFieldException("plannedStart", "in the future");
    }
    repository.updateSchedule(number, newStart, newEnd, ChangeStatus.AUTHORISED);
    workLog.add(number, "rescheduled", c.plannedStart() + " - " + c.plannedEnd() + " -> " + newStart + " - " + newEnd);
  }

  /** On the schedule of change; the implementers are told when it starts. */
  @Transactional
  public void schedule(String number) {
    Change c = changes.lock(number);
    if (c.status() == ChangeStatus.SCHEDULED) {
      return;
    }
    repository.updateStatus(number, ChangeStatus.SCHEDULED);
    workLog.add(number, "scheduled", c.plannedStart() + " - " + c.plannedEnd());
    notifier.send(new Notification("change:" + number + ":scheduled:" + c.plannedStart(), c.implementationGroup(),
        "CHANGE_SCHEDULED", number, number + " scheduled: " + c.title(),
        "Implement from " + c.plannedStart() + " to " + c.plannedEnd() + ". Plan: " + c.implementationPlan()
            + " Back-out: " + c.backoutPlan()));
  }
}
