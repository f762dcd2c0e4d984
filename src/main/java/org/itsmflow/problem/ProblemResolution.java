package org.itsmflow.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.ports.IncidentPort;
import org.itsmflow.security.RoleGroup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A problem's way to its resolution (ISO 20000 8.6.3): the fix change raised and its outcome,
 * the verification period, recurring incidents that reopen the investigation, escalation when
 * the target passes, closure. Every operation the process calls is safe to repeat.
 */
@Component
class ProblemResolution {

  private final Problems problems;
  private final ProblemRepository repository;
  private final KnownErrors knownErrors;
  private final Notifier notifier;
  private final IncidentPort incidents;

  ProblemResolution(Problems problems, ProblemRepository repository, KnownErrors knownErrors, Notifier notifier,
      IncidentPort incidents) {
    this.problems = problems;
    this.repository = repository;
    this.knownErrors = knownErrors;
    this.notifier = notifier;
    this.incidents = incidents;
  }

  /** The RFC for the permanent fix has been raised. */
  @Transactional
  public void awaitFix(String number, String changeNumber) {
    Problem p = problems.lock(number);
    if (changeNumber.equals(p.fixChange()) && p.status() == ProblemStatus.AWAITING_FIX) {
      return;
    }
    repository.awaitFix(number, changeNumber);
    problems.log(number, "change-requested", "Permanent fix requested as " + changeNumber);
  }

  /** How the fix change ended: a successful change fixes the problem, anything else sends it back to investigation. */
  @Transactional
  public void fixOutcome(String number, String changeNumber, String outcome) {
    Problem p = problems.lock(number);
    if (p.status() != ProblemStatus.AWAITING_FIX) {
      return;
    }
    if (ProblemProcess.Variables.SUCCESSFUL.equals(outcome)) {
      repository.fixed(number, "Implemented by " + changeNumber, EngineClock.now());
      problems.log(number, "fixed", changeNumber + " implemented the fix");
    } else {
      repository.backToInvestigation(number);
      problems.log(number, "fix-" + outcome, changeNumber + " was " + outcome + ": investigate again");
      notifier.send(new Notification("problem:" + number + ":fix:" + changeNumber, RoleGroup.PROBLEM_MANAGERS.id(),
          "PROBLEM_FIX_FAILED", number, "Fix for " + number + " " + outcome,
          changeNumber + " (the fix for " + number + ": " + p.title() + ") was " + outcome
              + ". The problem is back in investigation."));
    }
  }

  /** The review period starts: incidents on the affected CIs until then count as recurrences. */
  @Transactional
  public Instant startVerification(String number, Duration period) {
    Problem p = problems.lock(number);
    if (p.status() == ProblemStatus.VERIFYING) {
      return p.verifyUntil();
    }
    Instant until = EngineClock.now().plus(period);
    repository.verify(number, until);
    problems.log(number, "verifying", "Watching for recurring incidents until " + until);
    return until;
  }

  /** Incidents on the affected CIs (or, without CIs, the service) since the fix. */
  @Transactional(readOnly = true)
  public List<String> recurrences(String number) {
    Problem p = problems.get(number);
    if (p.fixedAt() == null) {
      return List.of();
    }
    // Incidents on the problem's CIs (or, without CIs, on its service) reported since the fix.
    List<String> cis = repository.cis(number);
    return incidents.reportedSince(p.fixedAt()).stream()
        .filter(i -> cis.isEmpty() ? p.serviceCode().equals(i.serviceCode()) : cis.contains(i.ciId()))
        .map(IncidentPort.IncidentFacts::number).toList();
  }

  /** The fix did not hold: the recurring incidents join the problem and the investigation starts again. */
  @Transactional
  public void reopen(String number, List<String> recurring) {
    Problem p = problems.lock(number);
    if (p.status() != ProblemStatus.VERIFYING) {
      return;
    }
    for (String incident : recurring) {
      if (repository.openProblemOf(incident).filter(other -> !other.equals(number)).isEmpty()) {
        problems.link(number, incident);
      }
    }
    repository.reopen(number, Problems.target(p));
    problems.log(number, "reopened", "Incidents recurred after the fix: " + String.join(", ", recurring));
    notifier.send(new Notification("problem:" + number + ":recurred:" + p.fixedAt(), RoleGroup.PROBLEM_MANAGERS.id(),
        "PROBLEM_RECURRED", number, number + " recurred after its fix",
        "Incidents " + String.join(", ", recurring) + " recurred after the fix of " + number + " (" + p.title()
            + "). The investigation is open again."));
  }

  /** The target passed before the problem was fixed: its escalation group is told, once per target. */
  @Transactional
  public void escalate(String number) {
    Problem p = problems.lock(number);
    if (p.status().isEnded() || !repository.markEscalated(number, EngineClock.now())) {
      return;
    }
    String group = p.escalationGroup() == null ? RoleGroup.PROBLEM_MANAGERS.id() : p.escalationGroup();
    notifier.send(new Notification("problem:" + number + ":overdue:" + p.targetAt(), group, "PROBLEM_OVERDUE",
        number, number + " is past its target", "Problem " + number + " (" + p.title() + ", priority "
            + p.priority() + ") should have been fixed by " + p.targetAt() + "; it is " + p.status().id() + "."));
    problems.log(number, "escalated", "Target " + p.targetAt() + " passed: " + group + " told");
  }

  /** The problem closes; with a fix its known error is resolved. Returns the linked incidents still open. */
  @Transactional
  public List<String> close(String number) {
    Problem p = problems.lock(number);
    if (p.status() == ProblemStatus.CLOSED) {
      return List.of();
    }
    boolean fixed = p.fixedAt() != null;
    String code = fixed ? Problems.FIXED : p.closureCode();
    String notes = fixed ? p.fixNotes() : p.closureNotes();
    repository.end(number, ProblemStatus.CLOSED, code, notes, EngineClock.now());
    if (fixed) {
      knownErrors.resolve(number);
    }
    problems.log(number, "closed", "Closed: " + code + (notes == null ? "" : " (" + notes + ")"));
    if (!fixed) {
      return List.of();
    }
    return problems.incidents(number).stream()
        .filter(i -> !List.of("resolved", "closed").contains(i.status())).map(LinkedIncident::number).toList();
  }
}
