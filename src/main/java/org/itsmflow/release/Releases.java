package org.itsmflow.release;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.ActionNotAllowedException;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.RecordNumbers;
import org.itsmflow.ports.ChangePort;
import org.itsmflow.ports.ProblemPort;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.WorkLog;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.security.RoleGroup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Release records (ISO 20000 8.5.3): what the release-deployment process decides is written
 * here, with the work log naming who and when. Every operation the process calls is safe to
 * repeat (the job executor runs a job at least once).
 */
@Component
public class Releases {

  static final String RECORD_TYPE = "Release";
  static final String NUMBER_PREFIX = "REL";
  static final String MANUAL = "manual";
  static final String AUTOMATED = "automated";
  static final String PASSED = "passed";
  static final String FAILED = "failed";
  static final String ACCEPT = "accept";
  static final String REJECT = "reject";
  static final String SUCCESS = "success";
  static final String DEFAULT_DEPLOYMENT_GROUP = RoleGroup.SUPPORT_2ND_LEVEL.id();
  private static final Pattern NUMBER = Pattern.compile("[A-Z]+-\\d{6,}");

  private final ReleaseRepository repository;
  private final RecordNumbers numbers;
  private final ChangePort changes;
  private final ProblemPort problems;
  private final ReleaseScope scope;
  private final ServiceCatalogue services;
  private final IdentityService identity;
  private final Notifier notifier;
  private final CurrentUser currentUser;
  private final WorkLog workLog;

  Releases(ReleaseRepository repository, RecordNumbers numbers, ChangePort changes, ProblemPort problems,
      ReleaseScope scope, ServiceCatalogue services, IdentityService identity, Notifier notifier,
      CurrentUser currentUser, WorkLog workLog) {
    this.repository = repository;
    this.numbers = numbers;
    this.changes = changes;
    this.problems = problems;
    this.scope = scope;
    this.services = services;
    this.identity = identity;
    this.notifier = notifier;
    this.currentUser = currentUser;
    this.workLog = workLog;
  }

  /** A release plan, from Tasklist's start form or POST /api/releases. */
  public record Plan(String title, String description, String type, List<String> changes, List<String> problems,
      List<String> knownErrors, Instant windowStart, Instant windowEnd, String deploymentMode,
      String deploymentGroup, String requestedBy) {}

  /**
   * Validates a plan: 400 naming the field, 404 for an unknown type, change, problem, known error
   * or group, 409 for a change that is not authorised and on the schedule, or is in another release.
   */
  @Transactional(readOnly = true)
  public Plan validate(Plan p, String number) {
    String title = Fields.text("title", p.title(), 200);
    String description = Fields.text("description", p.description(), 4000);
    String typeCode = Fields.text("type", p.type(), 20).toLowerCase(Locale.ROOT);
    ReleaseType type = repository.type(typeCode)
        .orElseThrow(() -> new RecordNotFoundException("Release type", typeCode, "type"));
    if (!type.active()) {
      throw new InvalidFieldException("type", "an active release type; " + typeCode + " is retired");
    }
    List<String> changeNumbers = distinct(p.changes());
    if (changeNumbers.isEmpty()) {
      throw new InvalidFieldException("changes", "at least one authorised change the release delivers");
    }
    for (int i = 0; i < changeNumbers.size(); i++) {
      String field = "changes[" + i + "]";
      String change = Fields.matching(field, changeNumbers.get(i), NUMBER, "CHG-000001");
      changes.requireBundleable(change, field, number == null ? "" : number);
      repository.otherOpenReleaseOf(change, number).ifPresent(other -> {
        throw new ActionNotAllowedException(change, "in " + other, "be bundled in a second release");
      });
    }
    List<String> problemNumbers = distinct(p.problems());
    for (int i = 0; i < problemNumbers.size(); i++) {
      String field = "problems[" + i + "]";
      String problem = Fields.matching(field, problemNumbers.get(i), NUMBER, "PRB-000001");
      problems.requireProblem(problem, field);
    }
    List<String> knownErrorNumbers = distinct(p.knownErrors());
    for (int i = 0; i < knownErrorNumbers.size(); i++) {
      String field = "knownErrors[" + i + "]";
      String ke = Fields.matching(field, knownErrorNumbers.get(i), NUMBER, "KE-000001");
      problems.requireKnownError(ke, field);
    }
    List<Instant> window = window("windowStart", p.windowStart(), p.windowEnd());
    Instant start = window.get(0);
    Instant end = window.get(1);
    String mode = p.deploymentMode() == null || p.deploymentMode().isBlank() ? MANUAL
        : p.deploymentMode().trim().toLowerCase(Locale.ROOT);
    if (!List.of(MANUAL, AUTOMATED).contains(mode)) {
      throw new InvalidFieldException("deploymentMode", "manual or automated");
    }
    String group = p.deploymentGroup() == null || p.deploymentGroup().isBlank() ? DEFAULT_DEPLOYMENT_GROUP
        : Fields.text("deploymentGroup", p.deploymentGroup(), 64);
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      throw new RecordNotFoundException("Group", group, "deploymentGroup");
    }
    String requestedBy = p.requestedBy() == null || p.requestedBy().isBlank() ? currentUser.id()
        : Fields.text("requestedBy", p.requestedBy(), 100);
    return new Plan(title, description, typeCode, changeNumbers, problemNumbers, knownErrorNumbers, start, end, mode,
        group, requestedBy);
  }

  /** A deployment window: both times given, the end after the start and still to come. */
  static List<Instant> window(String field, Instant start, Instant end) {
    if (start == null) {
      throw new InvalidFieldException(field, "required: a date and time with offset, e.g. 2026-12-01T22:00:00Z");
    }
    if (end == null) {
      throw new InvalidFieldException("windowEnd", "required: a date and time with offset, e.g. 2026-12-01T23:00:00Z");
    }
    if (!end.isAfter(start)) {
      throw new InvalidFieldException("windowEnd", "after windowStart");
    }
    if (end.isBefore(EngineClock.now())) {
      throw new InvalidFieldException("windowEnd", "in the future");
    }
    return List.of(start, end);
  }

  /** Records a new release with its plan and gives it the next number. */
  @Transactional
  public String record(Plan plan, String processInstanceId) {
    Plan p = validate(plan, null);
    String number = numbers.next(NUMBER_PREFIX);
    repository.insert(new Release(number, p.title(), p.description(), p.type(), ReleaseStatus.BUILDING, 1,
        p.requestedBy(), p.windowStart(), p.windowEnd(), p.deploymentMode(), p.deploymentGroup(), null, null, null,
        null, null, null, null, null, EngineClock.now(), null, processInstanceId));
    repository.plan(number, p.changes(), p.problems(), p.knownErrors());
    log(number, "planned", p.type() + " release requested by " + p.requestedBy() + " delivering "
        + String.join(", ", p.changes()) + (p.problems().isEmpty() ? "" : "; resolves " + String.join(", ", p.problems()))
        + (p.knownErrors().isEmpty() ? "" : "; known errors " + String.join(", ", p.knownErrors()))
        + "; window " + p.windowStart() + " - " + p.windowEnd() + " (" + p.deploymentMode() + ")");
    return number;
  }

  /** The changes still to deploy (not yet failed in an earlier attempt). */
  @Transactional(readOnly = true)
  public List<String> changesToBundle(String number) {
    return scope.changes(number).stream()
        .filter(c -> List.of("scheduled", "in-release").contains(c.status())).map(BundledChange::number).toList();
  }

  @Transactional
  public void recordBuild(String number, String version, String notes) {
    lock(number);
    String v = Fields.text("buildVersion", version, 100);
    String n = Fields.text("buildNotes", notes, 4000);
    repository.updateBuild(number, v, n);
    log(number, "built", "Build " + v + ": " + n);
  }

  /** A test run's evidence; failed tests send the release back to build. */
  @Transactional
  public String recordTest(String number, String sourceId, String result, String evidence) {
    Release r = lock(number);
    String checked = result == null ? null : result.trim().toLowerCase(Locale.ROOT);
    if (!PASSED.equals(checked) && !FAILED.equals(checked)) {
      throw new InvalidFieldException("testResult", "passed or failed");
    }
    String text = Fields.text("testEvidence", evidence, 4000);
    if (repository.saveTest(number, sourceId, new ReleaseTest(r.revision(), r.buildVersion(), checked, text,
        EngineClock.now(), currentUser.id()))) {
      log(number, "tested", "Build " + r.buildVersion() + " " + checked + ": " + text);
      repository.updateStatus(number, PASSED.equals(checked) ? ReleaseStatus.AWAITING_ACCEPTANCE
          : ReleaseStatus.BUILDING);
    }
    return checked;
  }

  /** Who must accept: the release managers, and for types that say so the owners of every affected service. */
  @Transactional
  public List<String> acceptors(String number) {
    Release r = get(number);
    LinkedHashSet<String> groups = new LinkedHashSet<>();
    groups.add(RoleGroup.RELEASE_MANAGERS.id());
    ReleaseType type = repository.type(r.type()).orElseThrow();
    if (ReleaseType.ALL.equals(type.acceptance())) {
      for (String service : scope.services(number)) {
        groups.add(services.get(service).ownerGroup());
      }
    }
    for (String group : groups) {
      notifier.send(new Notification("release:" + number + ":accept:" + r.revision() + ":" + group, group,
          "RELEASE_ACCEPTANCE", number, number + " awaits your acceptance: " + r.title(),
          "Build " + r.buildVersion() + " passed its tests. Accept or reject release " + number + " in Tasklist."));
    }
    return List.copyOf(groups);
  }

  /** One group's decision; returns whether it rejected. */
  @Transactional
  public boolean recordAcceptance(String number, String taskId, String group, String decision, String reason) {
    Release r = lock(number);
    String checked = decision == null ? null : decision.trim().toLowerCase(Locale.ROOT);
    if (!ACCEPT.equals(checked) && !REJECT.equals(checked)) {
      throw new InvalidFieldException("acceptance", "accept or reject");
    }
    String text = Fields.text("reason", reason, 4000);
    if (repository.saveAcceptance(number, taskId, new ReleaseAcceptance(r.revision(), group, checked, text,
        EngineClock.now(), currentUser.id()))) {
      log(number, checked.equals(ACCEPT) ? "accepted" : "rejected", group + ": " + text);
    }
    return REJECT.equals(checked);
  }

  /** Rejected: the next revision is built with the rejection's reasons. */
  @Transactional
  public void returnToBuild(String number) {
    Release r = lock(number);
    if (r.status() != ReleaseStatus.AWAITING_ACCEPTANCE) {
      return;
    }
    String reasons = String.join("; ", repository.acceptances(number).stream()
        .filter(a -> a.revision() == r.revision() && REJECT.equals(a.decision()))
        .map(a -> a.groupId() + ": " + a.reason()).toList());
    repository.returnToBuild(number, r.revision() + 1, reasons);
    log(number, "returned-to-build", "Revision " + (r.revision() + 1) + " because " + reasons);
  }

  @Transactional
  public void markBaselined(String number, int cis) {
    Release r = lock(number);
    if (r.status() == ReleaseStatus.AWAITING_ACCEPTANCE) {
      repository.updateStatus(number, ReleaseStatus.SCHEDULED);
      log(number, "baselined", cis + " affected CI record(s) baselined; waiting for the window at " + r.windowStart());
    }
  }

  /** A new plan after a failure: new changes and window, the next revision is built. */
  @Transactional
  public void replan(String number, List<String> newChanges, Instant start, Instant end) {
    Release r = lock(number);
    if (r.status() != ReleaseStatus.AWAITING_REPLAN) {
      return;
    }
    Plan p = validate(new Plan(r.title(), r.description(), r.type(), newChanges, references(number,
        ReleaseRepository.PROBLEM), references(number, ReleaseRepository.KNOWN_ERROR), start, end, r.deploymentMode(),
        r.deploymentGroup(), r.requestedBy()), number);
    repository.plan(number, p.changes(), p.problems(), p.knownErrors());
    repository.replan(number, p.windowStart(), p.windowEnd(), r.revision() + 1);
    log(number, "replanned", "Revision " + (r.revision() + 1) + " delivering " + String.join(", ", p.changes())
        + "; window " + p.windowStart() + " - " + p.windowEnd());
  }

  /** Cancelled: the changes still in it return to their own schedule. */
  @Transactional
  public List<String> cancel(String number, String reason) {
    Release r = lock(number);
    String text = Fields.text("reason", reason, 4000);
    List<String> open = changesToBundle(number);
    if (!r.status().isEnded()) {
      repository.end(number, ReleaseStatus.CANCELLED, EngineClock.now());
      log(number, "cancelled", text);
    }
    return open;
  }

  /** Closed after early life support (its changes were implemented at the deployment). */
  @Transactional
  public void close(String number) {
    Release r = lock(number);
    if (!r.status().isEnded()) {
      repository.end(number, ReleaseStatus.CLOSED, EngineClock.now());
      log(number, "closed", "Early life support ended");
    }
  }


  @Transactional(readOnly = true)
  public Release get(String number) {
    return repository.find(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }


  @Transactional(readOnly = true)
  public List<Release> find(String status, String type, int offset, int limit) {
    return repository.find(status == null ? null : Fields.oneOf("status", status, ReleaseStatus.class),
        type == null ? null : type.trim().toLowerCase(Locale.ROOT), offset, limit);
  }

  @Transactional(readOnly = true)
  public List<BundledChange> changes(String number) {
    return scope.changes(number);
  }

  @Transactional(readOnly = true)
  public List<String> references(String number, String type) {
    return repository.references(number, type);
  }

  @Transactional(readOnly = true)
  public List<String> affectedCis(String number) {
    return scope.cis(number);
  }

  @Transactional(readOnly = true)
  public List<String> affectedServices(String number) {
    return scope.services(number);
  }

  @Transactional(readOnly = true)
  public List<ReleaseTest> tests(String number) {
    return repository.tests(number);
  }

  @Transactional(readOnly = true)
  public List<ReleaseAcceptance> acceptances(String number) {
    return repository.acceptances(number);
  }

  @Transactional(readOnly = true)
  public List<WorkLogEntry> workLog(String number) {
    return workLog.of(number);
  }

  @Transactional(readOnly = true)
  public ReleaseType type(String code) {
    return repository.type(code).orElseThrow(() -> new RecordNotFoundException("Release type", code));
  }

  Release lock(String number) {
    return repository.lock(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }

  void log(String number, String action, String text) {
    workLog.add(RecordType.RELEASE, number, action, text);
  }

  private static List<String> distinct(List<String> values) {
    return values == null ? List.of()
        : List.copyOf(new LinkedHashSet<>(values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim)
            .toList()));
  }
}
