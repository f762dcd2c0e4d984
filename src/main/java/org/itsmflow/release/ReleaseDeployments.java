package org.itsmflow.release;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.ports.IncidentPort;
import org.itsmflow.security.RoleGroup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A release's deployment and what follows it (ISO 20000 8.5.3): the window, the result from the
 * deployment group or the pipeline, a missed window, rollback, early life support and the
 * incidents it counts. Every operation the process calls is safe to repeat.
 */
@Component
class ReleaseDeployments {

  private final Releases releases;
  private final ReleaseRepository repository;
  private final Notifier notifier;
  private final IncidentPort incidents;

  ReleaseDeployments(Releases releases, ReleaseRepository repository, Notifier notifier, IncidentPort incidents) {
    this.releases = releases;
    this.repository = repository;
    this.notifier = notifier;
    this.incidents = incidents;
  }

  @Transactional
  public void openWindow(String number) {
    Release r = releases.lock(number);
    if (r.status() != ReleaseStatus.SCHEDULED) {
      return;
    }
    repository.updateStatus(number, ReleaseStatus.DEPLOYING);
    releases.log(number, "window-opened", "Deployment window " + r.windowStart() + " - " + r.windowEnd() + " ("
        + r.deploymentMode() + ")");
    notifier.send(new Notification("release:" + number + ":deploy:" + r.windowStart(), r.deploymentGroup(),
        "RELEASE_DEPLOY", number, "Deploy " + number + " now: " + r.title(),
        "The window is open until " + r.windowEnd() + ". " + (Releases.AUTOMATED.equals(r.deploymentMode())
            ? "The pipeline reports the result; record it in Tasklist only if it cannot."
            : "Deploy build " + r.buildVersion() + " and record the result in Tasklist.")));
  }

  /** The window passed without a result: the release managers decide. */
  @Transactional
  public void windowMissed(String number) {
    Release r = releases.lock(number);
    if (r.status() != ReleaseStatus.DEPLOYING) {
      return;
    }
    repository.updateStatus(number, ReleaseStatus.WINDOW_MISSED);
    releases.log(number, "window-missed", "No deployment result by " + r.windowEnd());
    notifier.send(new Notification("release:" + number + ":missed:" + r.windowEnd(), RoleGroup.RELEASE_MANAGERS.id(),
        "RELEASE_WINDOW_MISSED", number, number + " missed its deployment window",
        "No deployment result for " + number + " (" + r.title() + ") by " + r.windowEnd()
            + ". Reschedule or cancel it in Tasklist."));
  }

  @Transactional
  public void rescheduleWindow(String number, Instant start, Instant end) {
    Release r = releases.lock(number);
    List<Instant> window = Releases.window("windowStart", start, end);
    if (r.status() != ReleaseStatus.WINDOW_MISSED) {
      return;
    }
    repository.updateWindow(number, window.get(0), window.get(1), ReleaseStatus.SCHEDULED);
    releases.log(number, "rescheduled", "New window " + window.get(0) + " - " + window.get(1));
  }

  /** The deployment result from the deployment group or the pipeline. */
  @Transactional
  public void recordDeployment(String number, String outcome, String notes) {
    Release r = releases.lock(number);
    String checked = outcome == null ? null : outcome.trim().toLowerCase(Locale.ROOT);
    if (!Releases.SUCCESS.equals(checked) && !Releases.FAILED.equals(checked)) {
      throw new InvalidFieldException("outcome", "success or failed");
    }
    String text = Fields.text("notes", notes, 4000);
    if (r.status() != ReleaseStatus.DEPLOYING) {
      return;
    }
    boolean success = Releases.SUCCESS.equals(checked);
    repository.deployed(number, EngineClock.now(), text, success ? ReleaseStatus.DEPLOYING : ReleaseStatus.ROLLING_BACK,
        success ? null : text);
    releases.log(number, success ? "deployed" : "deployment-failed", text);
    if (!success) {
      notifier.send(new Notification("release:" + number + ":failed:" + r.revision(), RoleGroup.RELEASE_MANAGERS.id(),
          "RELEASE_FAILED", number, number + " failed to deploy", text + ". Rolling back to the baseline."));
    }
  }

  /** The deployment succeeded: the work log names the changes it implements now. */
  @Transactional
  public void logImplementedChanges(String number) {
    Release r = releases.lock(number);
    List<String> implemented = releases.changesToBundle(number);
    if (r.status() == ReleaseStatus.DEPLOYING && !implemented.isEmpty()) {
      releases.log(number, "changes-implemented", "Implemented by the deployment: " + String.join(", ", implemented));
    }
  }

  /** Early life support: the release type's period from now. */
  @Transactional
  public Instant startEarlyLife(String number) {
    Release r = releases.lock(number);
    if (r.status() == ReleaseStatus.EARLY_LIFE_SUPPORT) {
      return r.earlyLifeUntil();
    }
    int days = repository.type(r.type()).orElseThrow().earlyLifeDays();
    Instant until = EngineClock.now().plus(Duration.ofDays(days));
    repository.earlyLife(number, until);
    releases.log(number, "early-life-support", days == 0 ? "No early life support for release type " + r.type()
        : "Incidents on the affected CIs are watched until " + until);
    return until;
  }

  /** Incidents on the affected CIs since the deployment. */
  @Transactional
  public List<String> earlyLifeIncidents(String number) {
    Release r = releases.lock(number);
    List<String> cis = releases.affectedCis(number);
    List<String> found = cis.isEmpty() ? List.of() : incidents.reportedSince(r.deployedAt()).stream()
        .filter(i -> cis.contains(i.ciId())).map(IncidentPort.IncidentFacts::number).toList();
    if (r.earlyLifeIncidents() == null) {
      repository.earlyLifeIncidents(number, found.size());
      releases.log(number, "early-life-incidents", found.size() + " incident(s) on the affected CIs"
          + (found.isEmpty() ? "" : ": " + String.join(", ", found)));
    }
    return found;
  }


  @Transactional
  public void recordProblem(String number, String problem) {
    releases.lock(number);
    repository.problem(number, problem);
    releases.log(number, "problem-raised", "Too many incidents in early life support: problem " + problem);
  }

  @Transactional
  public void recordRollback(String number, String notes, List<String> restored) {
    Release r = releases.lock(number);
    if (r.status() != ReleaseStatus.ROLLING_BACK) {
      return;
    }
    releases.log(number, "rolled-back", Fields.text("rollbackNotes", notes, 4000) + (restored.isEmpty()
        ? "; no CI record differed from the baseline" : "; CI records restored to the baseline: "
        + String.join(", ", restored)));
  }

  /** After a rollback: its changes failed, the release managers replan or cancel. */
  @Transactional
  public List<String> failChanges(String number) {
    Release r = releases.lock(number);
    List<String> toFail = releases.changesToBundle(number);
    if (r.status() == ReleaseStatus.ROLLING_BACK) {
      repository.updateStatus(number, ReleaseStatus.AWAITING_REPLAN);
      releases.log(number, "changes-failed", toFail.isEmpty() ? "No change was still open"
          : "Marked failed: " + String.join(", ", toFail));
    }
    return toFail;
  }
}
