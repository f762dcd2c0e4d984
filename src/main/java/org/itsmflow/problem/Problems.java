package org.itsmflow.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.itsmflow.catalogue.ConfigurationItems;
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
import org.itsmflow.ports.IncidentPort;
import org.itsmflow.ports.IncidentPort.IncidentFacts;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.WorkLog;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.security.RoleGroup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problem records (ISO 20000 8.6.3): what the problem-management process decides is written
 * here, with the work log naming who and when. Every operation the process calls is safe to
 * repeat (the job executor runs a job at least once).
 */
@Component
public class Problems {

  static final String RECORD_TYPE = "Problem";
  static final List<String> RCA_METHODS = List.of("five-whys", "ishikawa", "fault-tree", "kepner-tregoe",
      "timeline", "other");
  static final List<String> CAUSE_CATEGORIES = List.of("hardware", "software", "network", "capacity",
      "configuration", "process", "human-error", "supplier", "unknown");
  /** How a problem closes without a permanent fix. */
  static final List<String> CLOSURE_CODES = List.of("known-error-accepted", "duplicate", "no-longer-occurring");
  static final String FIXED = "fixed";
  static final String REJECTED = "rejected";
  private static final Pattern INCIDENT = Pattern.compile("INC-\\d{6,}");

  private final ProblemRepository repository;
  private final KnownErrors knownErrors;
  private final RecordNumbers numbers;
  private final ServiceCatalogue services;
  private final ConfigurationItems cis;
  private final IncidentPort incidents;
  private final Notifier notifier;
  private final CurrentUser currentUser;
  private final WorkLog workLog;

  Problems(ProblemRepository repository, KnownErrors knownErrors, RecordNumbers numbers, ServiceCatalogue services,
      ConfigurationItems cis, IncidentPort incidents, Notifier notifier, CurrentUser currentUser, WorkLog workLog) {
    this.repository = repository;
    this.knownErrors = knownErrors;
    this.numbers = numbers;
    this.services = services;
    this.cis = cis;
    this.incidents = incidents;
    this.notifier = notifier;
    this.currentUser = currentUser;
    this.workLog = workLog;
  }

  /** A problem as raised in Tasklist's start form, by POST /api/problems or by trend detection. */
  public record Report(String title, String description, String serviceCode, List<String> ciIds,
      List<String> incidents, String source, String raisedBy) {}

  /**
   * Validates a report: 400 naming the field, 404 for an unknown service, CI or incident, 409
   * for an incident that already waits on another open problem. The service and CIs default to
   * those of the linked incidents.
   */
  @Transactional(readOnly = true)
  public Report validate(Report r) {
    String title = Fields.text("title", r.title(), 200);
    String description = Fields.text("description", r.description(), 4000);
    List<String> incidentNumbers = distinct(r.incidents());
    List<IncidentFacts> linked = new ArrayList<>();
    for (int i = 0; i < incidentNumbers.size(); i++) {
      linked.add(linkable(null, "incidents[" + i + "]", incidentNumbers.get(i)));
    }
    String service = blank(r.serviceCode()) && !linked.isEmpty() ? linked.get(0).serviceCode() : r.serviceCode();
    service = Fields.text("serviceCode", service, 30);
    if (!services.exists(service)) {
      throw new RecordNotFoundException("Service", service, "serviceCode");
    }
    List<String> ciIds = distinct(r.ciIds());
    for (int i = 0; i < ciIds.size(); i++) {
      String id = Fields.text("ciIds[" + i + "]", ciIds.get(i), 20);
      if (!cis.exists(id)) {
        throw new RecordNotFoundException("Configuration item", id, "ciIds[" + i + "]");
      }
    }
    if (ciIds.isEmpty()) {
      ciIds = linked.stream().map(IncidentFacts::ciId).filter(ci -> ci != null).distinct().toList();
    }
    ProblemSource source = blank(r.source())
        ? (linked.isEmpty() ? ProblemSource.MANUAL : ProblemSource.INCIDENT)
        : Fields.oneOf("source", r.source(), ProblemSource.class);
    if ((source == ProblemSource.INCIDENT || source == ProblemSource.MAJOR_INCIDENT_REVIEW) && linked.isEmpty()) {
      throw new InvalidFieldException("incidents", "at least one incident for a problem raised from an incident");
    }
    String raisedBy = blank(r.raisedBy()) ? currentUser.id() : Fields.text("raisedBy", r.raisedBy(), 100);
    return new Report(title, description, service, ciIds, incidentNumbers, source.id(), raisedBy);
  }

  /** Records a new problem, links its incidents and gives it the next number. */
  @Transactional
  public String record(Report report, String trendKey, String releaseNumber, String processInstanceId) {
    Report r = validate(report);
    String number = numbers.next(ProblemProcess.NUMBER_PREFIX);
    Instant now = EngineClock.now();
    ProblemSource source = Fields.oneOf("source", r.source(), ProblemSource.class);
    repository.insert(new Problem(number, r.title(), r.description(), r.serviceCode(), source, trendKey,
        r.raisedBy(), null, null, null, null, null, null, null, null, ProblemStatus.LOGGED, null, null, null, null,
        null, null, null, null, null, now, null, processInstanceId, releaseNumber), r.ciIds());
    log(number, "raised", "Raised by " + r.raisedBy() + " (" + source.id() + ")"
        + (trendKey == null ? "" : " for the incident trend " + trendKey)
        + (releaseNumber == null ? "" : " after release " + releaseNumber));
    for (String incident : r.incidents()) {
      link(number, incident);
    }
    return number;
  }

  /** A problem manager's categorisation with problem-priority's answer: the target clock starts. */
  @Transactional
  public Instant prioritise(String number, String category, int impact, int urgency, int priority, int targetDays,
      String escalationGroup) {
    Problem p = lock(number);
    String checkedCategory = Fields.text(ProblemProcess.Variables.CATEGORY, category, 50);
    Fields.range(ProblemProcess.Variables.IMPACT, impact, 1, 3);
    Fields.range(ProblemProcess.Variables.URGENCY, urgency, 1, 3);
    if (p.status() != ProblemStatus.LOGGED) {
      return p.targetAt();
    }
    Instant target = EngineClock.now().plus(Duration.ofDays(targetDays));
    repository.prioritise(number, checkedCategory, impact, urgency, priority, targetDays, target, escalationGroup);
    log(number, "categorised", "Category " + checkedCategory + ", impact " + impact + ", urgency " + urgency
        + ": priority " + priority + ", root cause and fix due within " + targetDays + " days (" + target + ")");
    return target;
  }

  /** A candidate the problem managers do not accept; its incidents stay linked so trends do not raise it again. */
  @Transactional
  public void reject(String number, String reason) {
    Problem p = lock(number);
    String why = Fields.text(ProblemProcess.Variables.REASON, reason, 4000);
    if (p.status() != ProblemStatus.LOGGED) {
      return;
    }
    repository.end(number, ProblemStatus.REJECTED, REJECTED, why, EngineClock.now());
    log(number, "rejected", why);
  }

  /** The investigation's result as entered in the form or sent to the API. */
  public record Investigation(String method, String causeCategory, String findings, String rootCause,
      String workaround, String next, String closureCode, String notes) {}

  /**
   * Checks an investigation result: 400 naming the field. A fix (by change or without) needs
   * a known root cause; closing without a fix needs a closure code and notes.
   */
  @Transactional(readOnly = true)
  public Investigation validate(String number, Investigation in) {
    Problem p = get(number);
    String next = Fields.text(ProblemProcess.Variables.NEXT, in.next(), 10);
    if (!List.of(ProblemProcess.Variables.CHANGE, ProblemProcess.Variables.FIXED, ProblemProcess.Variables.CLOSE)
        .contains(next)) {
      throw new InvalidFieldException(ProblemProcess.Variables.NEXT, "one of change, fixed, close");
    }
    String findings = Fields.optionalText(ProblemProcess.Variables.FINDINGS, in.findings(), 4000);
    String method = findings == null ? Fields.optionalText(ProblemProcess.Variables.RCA_METHOD, in.method(), 30)
        : Fields.oneOf(ProblemProcess.Variables.RCA_METHOD, in.method(), RCA_METHODS);
    String rootCause = Fields.optionalText(ProblemProcess.Variables.ROOT_CAUSE, in.rootCause(), 4000);
    String causeCategory = rootCause == null && blank(in.causeCategory()) ? null
        : Fields.oneOf(ProblemProcess.Variables.CAUSE_CATEGORY, in.causeCategory(), CAUSE_CATEGORIES);
    String workaround = Fields.optionalText(ProblemProcess.Variables.WORKAROUND, in.workaround(), 4000);
    String closureCode = null;
    String notes = Fields.optionalText(ProblemProcess.Variables.NOTES, in.notes(), 4000);
    if (!next.equals(ProblemProcess.Variables.CLOSE) && rootCause == null && p.rootCause() == null) {
      throw new InvalidFieldException(ProblemProcess.Variables.ROOT_CAUSE,
          "required before a fix: record what the root cause analysis found");
    }
    if (next.equals(ProblemProcess.Variables.FIXED)) {
      notes = Fields.text(ProblemProcess.Variables.NOTES, notes, 4000);
    }
    if (next.equals(ProblemProcess.Variables.CLOSE)) {
      closureCode = Fields.oneOf(ProblemProcess.Variables.CLOSURE_CODE, in.closureCode(), CLOSURE_CODES);
      notes = Fields.text(ProblemProcess.Variables.NOTES, notes, 4000);
    }
    return new Investigation(method, causeCategory, findings, rootCause, workaround, next, closureCode, notes);
  }

  /** Records an investigation round: its analysis, cause and workaround (publishing the known error), and what comes next. */
  @Transactional
  public String investigate(String number, String sourceId, Investigation input) {
    lock(number);
    Investigation in = validate(number, input);
    if (in.findings() != null || in.rootCause() != null) {
      analyse(number, sourceId, new RootCauseAnalysis(in.method() == null ? "other" : in.method(),
          in.causeCategory(), in.findings() == null ? in.rootCause() : in.findings(), in.rootCause(), null, null));
    }
    if (in.workaround() != null) {
      workaround(number, in.workaround());
    }
    switch (in.next()) {
      case ProblemProcess.Variables.FIXED -> {
        if (repository.find(number).orElseThrow().fixedAt() == null) {
          repository.fixed(number, in.notes(), EngineClock.now());
          log(number, "fixed", "Fixed without a change: " + in.notes());
        }
      }
      case ProblemProcess.Variables.CLOSE -> {
        repository.decideClosure(number, in.closureCode(), in.notes());
        logOnce(number, "closure-decided", "To close without a fix (" + in.closureCode() + "): " + in.notes());
      }
      default -> logOnce(number, "fix-by-change", "The permanent fix needs a change");
    }
    return in.next();
  }

  /** A root cause analysis; its root cause becomes the problem's and its known error's. */
  @Transactional
  public void analyse(String number, String sourceId, RootCauseAnalysis analysis) {
    Problem p = lock(number);
    requireNotEnded(p, "record a root cause analysis");
    String method = Fields.oneOf(ProblemProcess.Variables.RCA_METHOD, analysis.method(), RCA_METHODS);
    String findings = Fields.text(ProblemProcess.Variables.FINDINGS, analysis.findings(), 4000);
    String rootCause = Fields.optionalText(ProblemProcess.Variables.ROOT_CAUSE, analysis.rootCause(), 4000);
    String category = rootCause == null && blank(analysis.causeCategory()) ? null
        : Fields.oneOf(ProblemProcess.Variables.CAUSE_CATEGORY, analysis.causeCategory(), CAUSE_CATEGORIES);
    if (!repository.saveAnalysis(number, sourceId, new RootCauseAnalysis(method, category, findings, rootCause,
        EngineClock.now(), currentUser.id()))) {
      return;
    }
    log(number, "root-cause-analysis", method + ": " + findings
        + (rootCause == null ? "" : ". Root cause (" + category + "): " + rootCause));
    if (rootCause != null) {
      repository.updateCause(number, category, rootCause);
      publishKnownError(number);
    }
  }

  /** A workaround: incidents can be resolved with it until the fix; publishes the known error. */
  @Transactional
  public void workaround(String number, String workaround) {
    Problem p = lock(number);
    requireNotEnded(p, "record a workaround");
    String text = Fields.text(ProblemProcess.Variables.WORKAROUND, workaround, 4000);
    if (text.equals(p.workaround())) {
      return;
    }
    repository.updateWorkaround(number, text);
    log(number, "workaround", text);
    publishKnownError(number);
  }

  private void publishKnownError(String number) {
    Problem p = get(number);
    boolean isNew = knownErrors.forProblem(number).isEmpty();
    String ke = knownErrors.publish(p, repository.cis(number));
    if (ke != null && isNew) {
      log(number, "known-error", ke + " published for incident management");
      notifier.send(new Notification("problem:" + number + ":known-error", RoleGroup.SERVICE_DESK.id(), "KNOWN_ERROR",
          ke, "Known error " + ke + ": " + p.title(), "Problem " + number + " on service " + p.serviceCode()
              + (p.workaround() == null ? " has a known root cause." : " has a workaround: " + p.workaround())));
    }
  }

  /** 404 for an unknown incident, 409 if it already waits on another open problem. */
  @Transactional(readOnly = true)
  public IncidentFacts linkable(String number, String field, String incident) {
    String checked = Fields.matching(field, incident == null ? null : incident.trim(), INCIDENT, "INC-000001");
    IncidentFacts found = incidents.find(checked)
        .orElseThrow(() -> new RecordNotFoundException("Incident", checked, field));
    Optional<String> current = repository.openProblemOf(checked);
    if (current.isPresent() && !current.get().equals(number)) {
      throw new ActionNotAllowedException(checked, "linked to " + current.get(), "be linked to another problem");
    }
    return found;
  }

  /** Links an incident to the problem; both work logs say so. Returns the number of linked incidents. */
  @Transactional
  public int link(String number, String incident) {
    Problem p = lock(number);
    requireNotEnded(p, "link an incident");
    IncidentFacts i = linkable(number, "incident", incident);
    if (repository.link(number, i.number(), EngineClock.now(), currentUser.id())) {
      log(number, "incident-linked", i.number() + ": " + i.title());
      workLog.add(RecordType.INCIDENT, i.number(), "problem-linked", "Waits on problem " + number + ": " + p.title());
      if (i.ciId() != null) {
        repository.addCis(number, List.of(i.ciId()));
      }
    }
    return repository.incidentCount(number);
  }


  @Transactional(readOnly = true)
  public Problem get(String number) {
    return repository.find(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }


  @Transactional(readOnly = true)
  public List<Problem> find(String status, String service, String ci, Integer priority, int offset, int limit) {
    return repository.find(status == null ? null : Fields.oneOf("status", status, ProblemStatus.class), service, ci,
        priority == null ? null : Fields.range("priority", priority, 1, 4), offset, limit);
  }

  @Transactional(readOnly = true)
  public List<String> affectedCis(String number) {
    return repository.cis(number);
  }

  @Transactional(readOnly = true)
  public List<LinkedIncident> incidents(String number) {
    List<ProblemRepository.IncidentLink> links = repository.incidentLinks(number);
    Map<String, IncidentFacts> facts = incidents.find(links.stream().map(ProblemRepository.IncidentLink::incident)
        .toList()).stream().collect(Collectors.toMap(IncidentFacts::number, f -> f));
    return links.stream().filter(l -> facts.containsKey(l.incident())).map(l -> {
      IncidentFacts i = facts.get(l.incident());
      return new LinkedIncident(i.number(), i.title(), i.status(), i.ciId(), l.linkedAt(), l.linkedBy());
    }).toList();
  }

  @Transactional(readOnly = true)
  public List<RootCauseAnalysis> analyses(String number) {
    return repository.analyses(number);
  }

  @Transactional(readOnly = true)
  public List<WorkLogEntry> workLog(String number) {
    return workLog.of(number);
  }

  static Instant target(Problem p) {
    return EngineClock.now().plus(Duration.ofDays(p.targetDays() == null ? 30 : p.targetDays()));
  }

  Problem lock(String number) {
    return repository.lock(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }

  private static void requireNotEnded(Problem p, String action) {
    if (p.status().isEnded()) {
      throw new ActionNotAllowedException(p.number(), p.status().id(), action);
    }
  }

  void log(String number, String action, String text) {
    workLog.add(RecordType.PROBLEM, number, action, text);
  }

  private void logOnce(String number, String action, String text) {
    if (!workLog.has(number, action, text)) {
      log(number, action, text);
    }
  }

  private static List<String> distinct(List<String> values) {
    return values == null ? List.of()
        : List.copyOf(new LinkedHashSet<>(values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim)
            .toList()));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
