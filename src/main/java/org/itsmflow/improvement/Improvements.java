package org.itsmflow.improvement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.RecordNumbers;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.WorkLog;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.security.RoleGroup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The improvement register (ISO 20000 10.2): what the continual-improvement process decides is
 * written here, with the work log naming who and when. Every operation the process calls is
 * safe to repeat.
 */
@Component
public class Improvements {

  static final String RECORD_TYPE = "Improvement";
  static final String NUMBER_PREFIX = "IMP";
  static final List<String> SOURCES = List.of("major-incident-review", "post-implementation-review",
      "sla-breach-trend", "audit", "management-review", "suggestion");
  static final List<String> LEVELS = List.of("low", "medium", "high");
  static final List<String> ALIGNMENTS = List.of("strong", "partial", "none");
  static final List<String> OUTCOMES = List.of("achieved", "replan", "close");

  private final ImprovementRepository repository;
  private final RecordNumbers numbers;
  private final IdentityService identity;
  private final Notifier notifier;
  private final CurrentUser currentUser;
  private final WorkLog workLog;
  private final EngineAsSystem engine;

  Improvements(ImprovementRepository repository, RecordNumbers numbers, IdentityService identity, Notifier notifier,
      CurrentUser currentUser, WorkLog workLog, EngineAsSystem engine) {
    this.engine = engine;
    this.repository = repository;
    this.numbers = numbers;
    this.identity = identity;
    this.notifier = notifier;
    this.currentUser = currentUser;
    this.workLog = workLog;
  }

  /** An improvement opportunity as suggested, with the suggester's view of the criteria. */
  public record Suggestion(String title, String description, String source, String sourceReference, String benefit,
      String effort, String risk, String alignment) {}

  @Transactional(readOnly = true)
  public Suggestion validate(Suggestion s) {
    return new Suggestion(Fields.text("title", s.title(), 200), Fields.text("description", s.description(), 4000),
        Fields.oneOf("source", s.source() == null ? "suggestion" : s.source(), SOURCES),
        Fields.optionalText("sourceReference", s.sourceReference(), 40),
        Fields.oneOf("benefit", s.benefit() == null ? "medium" : s.benefit(), LEVELS),
        Fields.oneOf("effort", s.effort() == null ? "medium" : s.effort(), LEVELS),
        Fields.oneOf("risk", s.risk() == null ? "medium" : s.risk(), LEVELS),
        Fields.oneOf("alignment", s.alignment() == null ? "partial" : s.alignment(), ALIGNMENTS));
  }

  @Transactional
  public String record(Suggestion suggestion, String processInstanceId) {
    Suggestion s = validate(suggestion);
    String number = numbers.next(NUMBER_PREFIX);
    repository.insert(new Improvement(number, s.title(), s.description(), s.source(), s.sourceReference(),
        currentUser.id(), s.benefit(), s.effort(), s.risk(), s.alignment(), null, ImprovementStatus.PROPOSED, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, 1, EngineClock.now(), null,
        processInstanceId));
    log(number, "suggested", s.source() + (s.sourceReference() == null ? "" : " " + s.sourceReference()) + ": "
        + s.title() + " (benefit " + s.benefit() + ", effort " + s.effort() + ", risk " + s.risk() + ", alignment "
        + s.alignment() + ")");
    return number;
  }

  @Transactional
  public void prioritise(String number, int priority, String rationale) {
    Improvement i = lock(number);
    if (i.priority() == null) {
      repository.priority(number, priority);
      log(number, "prioritised", "Priority " + priority + ": " + rationale + " (improvement-priority)");
    }
  }

  /** The process owners' decision; an approved improvement gets its owner group (default process-owners). */
  @Transactional
  public String decide(String number, String decision, String reason, String ownerGroup) {
    Improvement i = lock(number);
    String checked = Fields.oneOf("improvementDecision", decision, List.of("approve", "reject"));
    String text = Fields.text("decisionReason", reason, 4000);
    String owner = ownerGroup == null || ownerGroup.isBlank() ? RoleGroup.PROCESS_OWNERS.id()
        : Fields.text("ownerGroup", ownerGroup, 64);
    if (engine.call(() -> identity.createGroupQuery().groupId(owner).count()) == 0) {
      throw new RecordNotFoundException("Group", owner, "ownerGroup");
    }
    if (i.status() == ImprovementStatus.PROPOSED) {
      boolean approved = checked.equals("approve");
      repository.decide(number, approved ? ImprovementStatus.PLANNING : ImprovementStatus.REJECTED, text,
          currentUser.id(), approved ? owner : null);
      log(number, approved ? "approved" : "rejected", text + (approved ? "; owner " + owner : ""));
    }
    return owner;
  }

  @Transactional
  public void rejected(String number) {
    Improvement i = lock(number);
    if (i.closedAt() == null) {
      repository.end(number, ImprovementStatus.REJECTED, EngineClock.now());
    }
  }

  /** The plan: expected outcome, how it is measured, the target and the review period. */
  @Transactional
  public void plan(String number, String expected, String measure, String target, Integer reviewDays) {
    Improvement i = lock(number);
    String e = Fields.text("expectedOutcome", expected, 4000);
    String m = Fields.text("measure", measure, 1000);
    String t = Fields.text("targetValue", target, 200);
    int days = Fields.range("reviewDays", reviewDays, 1, 730);
    if (i.status() != ImprovementStatus.PLANNING) {
      return;
    }
    int round = i.implementedAt() == null && i.expectedOutcome() == null ? i.planRound() : i.planRound() + 1;
    repository.plan(number, e, m, t, days, round);
    log(number, "planned", "Round " + round + ": expect " + e + "; measure " + m + ", target " + t
        + ", reviewed " + days + " days after implementation");
  }

  /** Implemented: the review period starts. Returns when it ends. */
  @Transactional
  public Instant implemented(String number, String notes) {
    Improvement i = lock(number);
    String text = Fields.text("implementationNotes", notes, 4000);
    if (i.status() != ImprovementStatus.IMPLEMENTING) {
      return i.reviewAt();
    }
    Instant now = EngineClock.now();
    Instant reviewAt = now.plus(Duration.ofDays(i.reviewDays()));
    repository.implemented(number, text, now, reviewAt);
    log(number, "implemented", text + "; outcome measured from " + reviewAt);
    return reviewAt;
  }

  @Transactional
  public void reviewDue(String number) {
    Improvement i = lock(number);
    if (i.status() == ImprovementStatus.IN_REVIEW_PERIOD) {
      repository.updateStatus(number, ImprovementStatus.MEASURING);
      log(number, "review-due", "Review period over: measure the outcome");
    }
  }

  /** The actual outcome against the expected one; returns what comes next (achieved, replan or close). */
  @Transactional
  public String measure(String number, String actualValue, String actualOutcome, String outcome, String lessons) {
    Improvement i = lock(number);
    String value = Fields.text("actualValue", actualValue, 200);
    String text = Fields.text("actualOutcome", actualOutcome, 4000);
    String next = Fields.oneOf("improvementOutcome", outcome, OUTCOMES);
    String learned = next.equals("achieved") ? Fields.optionalText("lessons", lessons, 4000)
        : Fields.text("lessons", lessons, 4000);
    if (i.status() != ImprovementStatus.MEASURING && i.status() != ImprovementStatus.IN_REVIEW_PERIOD) {
      return next;
    }
    repository.measured(number, value, text, next.equals("achieved"), learned,
        next.equals("replan") ? ImprovementStatus.PLANNING : ImprovementStatus.MEASURING);
    log(number, "measured", "Expected " + i.targetValue() + " (" + i.expectedOutcome() + "), actual " + value + " ("
        + text + "): " + next + (learned == null ? "" : "; lessons: " + learned));
    return next;
  }

  /** Closes the entry and reports expected against actual to the process owners. */
  @Transactional
  public void close(String number, boolean achieved) {
    Improvement i = lock(number);
    if (i.status().isEnded()) {
      return;
    }
    repository.end(number, achieved ? ImprovementStatus.ACHIEVED : ImprovementStatus.CLOSED, EngineClock.now());
    log(number, achieved ? "achieved" : "closed", achieved ? "Achieved" : "Closed with lessons: " + i.lessons());
    notifier.send(new Notification("improvement:" + number + ":report", RoleGroup.PROCESS_OWNERS.id(),
        "IMPROVEMENT_REPORT", number, number + (achieved ? " achieved: " : " closed, not achieved: ") + i.title(),
        "Expected: " + i.expectedOutcome() + " (target " + i.targetValue() + ", measured by " + i.measure()
            + "). Actual: " + i.actualValue() + " (" + i.actualOutcome() + ")."
            + (i.lessons() == null ? "" : " Lessons: " + i.lessons())));
  }


  @Transactional(readOnly = true)
  public Improvement get(String number) {
    return repository.find(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }


  @Transactional(readOnly = true)
  public List<Improvement> find(String status, String source, Integer priority, int offset, int limit) {
    return repository.find(status == null ? null : Fields.oneOf("status", status, ImprovementStatus.class),
        source == null ? null : Fields.oneOf("source", source, SOURCES),
        priority == null ? null : Fields.range("priority", priority, 1, 4), offset, limit);
  }

  @Transactional(readOnly = true)
  public List<WorkLogEntry> workLog(String number) {
    return workLog.of(number);
  }

  private Improvement lock(String number) {
    return repository.lock(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }

  private void log(String number, String action, String text) {
    workLog.add(RecordType.IMPROVEMENT, number, action, text);
  }
}
