package org.itsmflow.change;

import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.ActionNotAllowedException;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.security.RoleGroup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A change deployed by a release (ISO 20000 8.5.3): whether release planning may bundle it, the
 * bundling, and the release's outcome for the change. Release management asks through
 * {@link #requireBundleable}; the rest is called by change-management's own steps.
 */
@Component
public class ChangesInReleases {

  private final Changes changes;
  private final ChangeRepository repository;
  private final Notifier notifier;
  private final ChangeWorkLog workLog;

  ChangesInReleases(Changes changes, ChangeRepository repository, Notifier notifier, ChangeWorkLog workLog) {
    this.changes = changes;
    this.repository = repository;
    this.notifier = notifier;
    this.workLog = workLog;
  }

  /** For release planning: 404 for an unknown change, 409 unless it is authorised, on the schedule and in no release. */
  @Transactional(readOnly = true)
  public Change requireBundleable(String number, String field, String release) {
    Change c;
    try {
      c = changes.get(number);
    } catch (RecordNotFoundException e) {
      throw new RecordNotFoundException(Changes.RECORD_TYPE, number, field);
    }
    if (c.status() == ChangeStatus.IN_RELEASE && release.equals(c.releaseNumber())) {
      return c;
    }
    if (c.status() != ChangeStatus.SCHEDULED) {
      throw new ActionNotAllowedException(number, c.status().id(),
          "be bundled in a release: only authorised changes on the schedule can");
    }
    return c;
  }

  /** The change is deployed by the release now, no longer at its own planned start. */
  @Transactional
  public void bundle(String number, String release) {
    Change c = changes.lock(number);
    if (c.status() == ChangeStatus.IN_RELEASE && release.equals(c.releaseNumber())) {
      return;
    }
    repository.updateRelease(number, release, ChangeStatus.IN_RELEASE);
    workLog.add(number, "bundled", "Part of release " + release + ", which deploys it");
  }

  /**
   * How the release ended for the change: deployed (implemented, its CIs' history names it),
   * failed (the release rolled back), or removed from the release (back on its own schedule).
   */
  @Transactional
  public void releaseOutcome(String number, String release, String outcome, String notes) {
    Change c = changes.lock(number);
    if (c.status() != ChangeStatus.IN_RELEASE) {
      return;
    }
    String text = notes == null || notes.isBlank() ? "Release " + release + ": " + outcome : notes;
    switch (outcome) {
      case ChangeProcess.Variables.DEPLOYED -> {
        repository.updateImplementation(number, ChangeStatus.IN_REVIEW, "successful", text, EngineClock.now());
        workLog.add(number, "implemented", "Deployed with release " + release + ": " + text);
        changes.updateAffectedCis(number, c.title() + " (deployed with release " + release + ")");
      }
      case ChangeProcess.Variables.FAILED -> {
        repository.updateImplementation(number, ChangeStatus.IN_REVIEW, "failed", text, EngineClock.now());
        workLog.add(number, "implementation-failed", "Release " + release + " failed and was rolled back: " + text);
        notifier.send(new Notification("change:" + number + ":failed", RoleGroup.CHANGE_MANAGERS.id(),
            "CHANGE_FAILED", number, number + " failed: " + c.title(),
            "Release " + release + " failed and was rolled back: " + text));
      }
      case ChangeProcess.Variables.REMOVED -> {
        repository.updateRelease(number, null, ChangeStatus.SCHEDULED);
        workLog.add(number, "unbundled", "Removed from release " + release + ": " + text + "; back on its own schedule");
      }
      default -> throw new InvalidFieldException(ChangeProcess.Variables.RELEASE_OUTCOME, "deployed, failed or removed");
    }
  }
}
