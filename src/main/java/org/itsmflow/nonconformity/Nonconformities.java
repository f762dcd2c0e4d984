package org.itsmflow.nonconformity;

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
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.RecordNumbers;
import org.itsmflow.ports.NonconformityPort;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.WorkLog;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.security.RoleGroup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nonconformities and corrective actions (ISO 20000 10.1), kept as records: what the
 * corrective-action process decides is written here, with the work log naming who and when.
 */
@Component
public class Nonconformities {

  static final String RECORD_TYPE = "Nonconformity";
  static final String NUMBER_PREFIX = "NC";
  static final List<String> SOURCES = List.of("audit-finding", "complaint", "policy-breach", "process-review",
      "management-review");
  static final List<String> SEVERITIES = List.of("major", "minor");

  private final NonconformityRepository repository;
  private final RecordNumbers numbers;
  private final IdentityService identity;
  private final Notifier notifier;
  private final CurrentUser currentUser;
  private final WorkLog workLog;
  private final EngineAsSystem engine;
  private final ApplicationEventPublisher events;

  Nonconformities(NonconformityRepository repository, RecordNumbers numbers, IdentityService identity,
      Notifier notifier, CurrentUser currentUser, WorkLog workLog, EngineAsSystem engine,
      ApplicationEventPublisher events) {
    this.events = events;
    this.engine = engine;
    this.repository = repository;
    this.numbers = numbers;
    this.identity = identity;
    this.notifier = notifier;
    this.currentUser = currentUser;
    this.workLog = workLog;
  }

  /** A nonconformity as found: from an audit finding, a complaint, a breach of policy, ... */
  public record Finding(String title, String description, String source, String clause, String severity,
      String detectedBy) {}

  @Transactional(readOnly = true)
  public Finding validate(Finding f) {
    return new Finding(Fields.text("title", f.title(), 200), Fields.text("description", f.description(), 4000),
        Fields.oneOf("source", f.source(), SOURCES), Fields.optionalText("clause", f.clause(), 30),
        Fields.oneOf("severity", f.severity() == null ? "minor" : f.severity(), SEVERITIES),
        f.detectedBy() == null || f.detectedBy().isBlank() ? currentUser.id()
            : Fields.text("detectedBy", f.detectedBy(), 100));
  }

  @Transactional
  public String record(Finding finding, String processInstanceId) {
    Finding f = validate(finding);
    String number = numbers.next(NUMBER_PREFIX);
    repository.insert(new Nonconformity(number, f.title(), f.description(), f.source(), f.clause(), f.severity(),
        f.detectedBy(), NonconformityStatus.RECORDED, null, null, null, null, null, null, null, null, null, null, 1,
        EngineClock.now(), null, processInstanceId));
    log(number, "recorded", f.severity() + " nonconformity (" + f.source() + (f.clause() == null ? "" : ", clause "
        + f.clause()) + ") found by " + f.detectedBy() + ": " + f.title());
    return number;
  }

  @Transactional
  public void correct(String number, String correction) {
    Nonconformity n = lock(number);
    String text = Fields.text("correction", correction, 4000);
    if (n.status() == NonconformityStatus.RECORDED) {
      repository.correction(number, text);
      log(number, "corrected", text);
    }
  }

  @Transactional
  public void analyse(String number, String cause) {
    Nonconformity n = lock(number);
    String text = Fields.text("cause", cause, 4000);
    if (n.status() == NonconformityStatus.ANALYSING) {
      repository.cause(number, text);
      log(number, "cause", "Round " + n.round() + ": " + text);
    }
  }

  /** The corrective action with its owner (a user) and due date. */
  @Transactional
  public void planAction(String number, String action, String owner, Instant due) {
    Nonconformity n = lock(number);
    String text = Fields.text("action", action, 4000);
    String user = Fields.text("actionOwner", owner, 64);
    if (engine.call(() -> identity.createUserQuery().userId(user).count()) == 0) {
      throw new RecordNotFoundException("User", user, "actionOwner");
    }
    if (due == null || !due.isAfter(EngineClock.now())) {
      throw new InvalidFieldException("actionDue", "a date and time in the future, e.g. 2026-12-31T17:00:00Z");
    }
    if (n.status() == NonconformityStatus.PLANNING_ACTION) {
      repository.action(number, text, user, due);
      log(number, "action-planned", text + "; owner " + user + ", due " + due);
    }
  }

  @Transactional
  public void remind(String number) {
    Nonconformity n = lock(number);
    if (n.status() != NonconformityStatus.ACTION_OPEN) {
      return;
    }
    notifier.send(new Notification("nonconformity:" + number + ":overdue:" + n.actionDue(),
        RoleGroup.PROCESS_OWNERS.id(), "CORRECTIVE_ACTION_OVERDUE", number,
        "Corrective action for " + number + " is overdue", "The corrective action of " + number + " (" + n.title()
            + ") owned by " + n.actionOwner() + " was due " + n.actionDue() + ": " + n.action()));
    log(number, "action-overdue", "Due " + n.actionDue() + "; process owners reminded");
  }

  @Transactional
  public void actionDone(String number, String notes) {
    Nonconformity n = lock(number);
    String text = Fields.text("actionNotes", notes, 4000);
    if (n.status() == NonconformityStatus.ACTION_OPEN) {
      repository.actionDone(number, text, EngineClock.now());
      log(number, "action-done", text);
    }
  }

  /** When the effectiveness review is due; returns it. */
  @Transactional
  public Instant scheduleReview(String number, Duration period) {
    Nonconformity n = lock(number);
    if (n.reviewAt() != null && n.actionDoneAt() != null && !n.reviewAt().isBefore(n.actionDoneAt())
        && n.status() == NonconformityStatus.AWAITING_REVIEW) {
      return n.reviewAt();
    }
    Instant at = EngineClock.now().plus(period);
    repository.reviewAt(number, at);
    log(number, "review-scheduled", "Effectiveness review due " + at);
    return at;
  }

  @Transactional
  public void reviewDue(String number) {
    Nonconformity n = lock(number);
    if (n.status() == NonconformityStatus.AWAITING_REVIEW) {
      repository.updateStatus(number, NonconformityStatus.REVIEWING);
    }
  }

  /** Effective closes next; not effective sends it back to cause analysis (next round). */
  @Transactional
  public boolean review(String number, Boolean effective, String evidence) {
    Nonconformity n = lock(number);
    if (effective == null) {
      throw new InvalidFieldException("effective", "true or false");
    }
    String text = Fields.text("reviewEvidence", evidence, 4000);
    if (n.status() == NonconformityStatus.REVIEWING || n.status() == NonconformityStatus.AWAITING_REVIEW) {
      repository.review(number, effective, text, effective ? NonconformityStatus.REVIEWING : NonconformityStatus.ANALYSING,
          effective ? n.round() : n.round() + 1);
      log(number, effective ? "effective" : "not-effective", text);
    }
    return effective;
  }

  @Transactional
  public void close(String number) {
    Nonconformity n = lock(number);
    if (n.status() != NonconformityStatus.CLOSED) {
      repository.close(number, EngineClock.now());
      log(number, "closed", "Corrective action effective; closed");
      // Whoever raised it (an internal audit) learns of it in this transaction.
      events.publishEvent(new NonconformityPort.NonconformityClosed(number));
    }
  }


  @Transactional(readOnly = true)
  public Nonconformity get(String number) {
    return repository.find(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }


  @Transactional(readOnly = true)
  public List<Nonconformity> find(String status, String source, int offset, int limit) {
    return repository.find(status == null ? null : Fields.oneOf("status", status, NonconformityStatus.class),
        source == null ? null : Fields.oneOf("source", source, SOURCES), offset, limit);
  }

  @Transactional(readOnly = true)
  public List<WorkLogEntry> workLog(String number) {
    return workLog.of(number);
  }

  private Nonconformity lock(String number) {
    return repository.lock(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }

  private void log(String number, String action, String text) {
    workLog.add(RecordType.NONCONFORMITY, number, action, text);
  }
}
