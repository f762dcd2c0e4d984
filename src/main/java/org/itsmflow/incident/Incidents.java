package org.itsmflow.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
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
import org.itsmflow.record.RecordType;
import org.itsmflow.record.Visibility;
import org.itsmflow.record.WorkLog;
import org.itsmflow.security.StaffMembership;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.sla.BusinessCalendars;
import org.itsmflow.sla.SlaClocks;
import org.itsmflow.sla.SlaStatus;
import org.itsmflow.sla.SlaTarget;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business actions on incident records. The process's delegates call them, so each step of
 * the diagram changes the record and writes the work log; each is safe to run twice.
 */
@Service
public class Incidents {

  static final String RECORD_TYPE = "Incident";
  private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9-]{0,49}");
  private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9-]{0,19}");

  private final IncidentRepository repository;
  private final RecordNumbers numbers;
  private final ServiceCatalogue services;
  private final ConfigurationItems cis;
  private final SlaClocks slaClocks;
  private final BusinessCalendars calendars;
  private final Notifier notifier;
  private final StaffMembership staff;
  private final CurrentUser currentUser;
  private final WorkLog workLog;
  private final IncidentProperties properties;

  Incidents(IncidentRepository repository, RecordNumbers numbers, ServiceCatalogue services, ConfigurationItems cis,
      SlaClocks slaClocks, BusinessCalendars calendars, Notifier notifier, CurrentUser currentUser, WorkLog workLog,
      IncidentProperties properties, StaffMembership staff) {
    this.staff = staff;
    this.repository = repository;
    this.numbers = numbers;
    this.services = services;
    this.cis = cis;
    this.slaClocks = slaClocks;
    this.calendars = calendars;
    this.notifier = notifier;
    this.currentUser = currentUser;
    this.workLog = workLog;
    this.properties = properties;
  }

  /** The report as entered in Tasklist's start form or sent to POST /api/incidents. */
  public record Report(String title, String description, String serviceCode, String ciId, String category,
      Integer impact, Integer urgency, String reportedBy, String channel) {}

  /** Validates a report: 400 naming the field, 404 for an unknown service or CI. */
  @Transactional(readOnly = true)
  public Report validate(Report r) {
    Report checked = new Report(
        Fields.text("title", r.title(), 200),
        Fields.text("description", r.description(), 4000),
        Fields.text("serviceCode", r.serviceCode(), 30),
        Fields.optionalText("ciId", r.ciId(), 20),
        r.category() == null || r.category().isBlank() ? null
            : Fields.matching("category", r.category().trim(), CATEGORY, "lower-case letters, digits and '-'"),
        Fields.range("impact", r.impact(), 1, 3),
        Fields.range("urgency", r.urgency(), 1, 3),
        r.reportedBy() == null || r.reportedBy().isBlank() ? currentUser() : Fields.text("reportedBy", r.reportedBy(), 100),
        r.channel() == null || r.channel().isBlank() ? "portal"
            : Fields.matching("channel", r.channel().trim(), CHANNEL, "e.g. phone, email, portal, monitoring"));
    if (!services.exists(checked.serviceCode())) {
      throw new RecordNotFoundException("Service", checked.serviceCode(), "serviceCode");
    }
    if (checked.ciId() != null && !cis.exists(checked.ciId())) {
      throw new RecordNotFoundException("Configuration item", checked.ciId(), "ciId");
    }
    return checked;
  }

  /** Records a new incident and gives it the next number. */
  @Transactional
  public String record(Report report, String processInstanceId) {
    Report r = validate(report);
    String number = numbers.next(IncidentProcess.NUMBER_PREFIX);
    Instant now = EngineClock.now();
    repository.insert(new Incident(number, r.title(), r.description(), r.serviceCode(), r.ciId(), r.category(),
        r.impact(), r.urgency(), null, IncidentStatus.NEW, null, false, r.reportedBy(), r.channel(), null, null, now,
        null, null, processInstanceId, null));
    log(number, "recorded", "Reported by " + r.reportedBy() + " via " + r.channel());
    return number;
  }

  /**
   * Priority and assignment group decided: the SLA clock starts, its deadlines timers of the
   * incident's process. @return the resolution due time
   */
  @Transactional
  public Instant triage(String number, int priority, String group, String processInstanceId) {
    Incident i = lock(number);
    repository.update(i.with(priority, i.status(), group, i.major()));
    log(number, "classified", "Priority " + priority + ", assigned to " + group);
    List<SlaStatus> sla = slaClocks.startInRecordProcess(number, processInstanceId, i.serviceCode(), priority, group,
        properties.managers());
    return resolutionDue(sla);
  }

  /**
   * New impact and urgency, and the priority the decision table gave them: the SLA clock takes
   * the new targets. @return the new resolution due time
   */
  @Transactional
  public Instant reprioritise(String number, Integer impact, Integer urgency, Integer priority) {
    Incident i = lock(number);
    int newImpact = Fields.range("impact", impact, 1, 3);
    int newUrgency = Fields.range("urgency", urgency, 1, 3);
    repository.updateImpact(number, newImpact, newUrgency);
    repository.update(lock(number).with(priority, i.status(), i.assignmentGroup(), i.major()));
    slaClocks.retarget(number, i.serviceCode(), priority);
    log(number, "reprioritised", "Impact " + newImpact + ", urgency " + newUrgency + ": priority "
        + i.priority() + " -> " + priority);
    return resolutionDue(slaClocks.status(number));
  }

  /** Major incident procedure: flag it, tell top management. */
  @Transactional
  public void declareMajor(String number) {
    Incident i = lock(number);
    if (i.major()) {
      return;
    }
    repository.update(i.with(i.priority(), i.status(), i.assignmentGroup(), true));
    log(number, "major-incident", "Major incident declared; " + properties.topManagement() + " informed");
    notifier.send(new Notification("incident:" + number + ":major", properties.topManagement(), "MAJOR_INCIDENT",
        number, "Major incident " + number + ": " + i.title(),
        "Service " + i.serviceCode() + ", priority " + i.priority() + ". " + i.description()));
  }

  /** The first agent action meets the response target. */
  @Transactional
  public void respond(String number, String how) {
    Incident i = lock(number);
    if (i.status() != IncidentStatus.NEW) {
      return;
    }
    repository.update(i.with(i.priority(), IncidentStatus.IN_PROGRESS, i.assignmentGroup(), i.major()));
    slaClocks.stop(number, SlaTarget.RESPONSE);
    log(number, "responded", how);
  }

  @Transactional
  public void addWorkNote(String number, String text, Visibility visibility) {
    requireOpen(lock(number));
    workLog.add(RecordType.INCIDENT, number, "work-note", text, visibility);
    // A comment of the caller or their colleagues (the portal, e-mail) is not the desk's response.
    String author = currentUser.id();
    if (CurrentUser.SYSTEM.equals(author) || staff.isStaff(author)) {
      respond(number, "First response: work note");
    }
  }

  /** Waiting on the customer or a supplier: the SLA clock pauses. */
  @Transactional
  public void hold(String number, String reason) {
    Incident i = lock(number);
    if (i.status() == IncidentStatus.ON_HOLD) {
      return;
    }
    respond(number, "First response: put on hold");
    repository.update(lock(number).with(i.priority(), IncidentStatus.ON_HOLD, i.assignmentGroup(), i.major()));
    slaClocks.pause(number);
    log(number, "on-hold", reason);
  }

  /** @return the resolution due time, moved by the time spent on hold */
  @Transactional
  public Instant resume(String number) {
    Incident i = lock(number);
    if (i.status() == IncidentStatus.ON_HOLD) {
      repository.update(i.with(i.priority(), IncidentStatus.IN_PROGRESS, i.assignmentGroup(), i.major()));
      slaClocks.resume(number);
      log(number, "resumed", "Work resumed; SLA clock running again");
    }
    return resolutionDue(slaClocks.status(number));
  }

  /** Functional escalation: the incident moves to the escalation group. @return the new group */
  @Transactional
  public String escalateFunctionally(String number, String reason) {
    Incident i = lock(number);
    String group = properties.escalation();
    if (group.equals(i.assignmentGroup())) {
      return group;
    }
    repository.update(i.with(i.priority(), i.status(), group, i.major()));
    slaClocks.notifyGroup(number, group);
    log(number, "escalated", "Functional escalation to " + group + ": " + reason);
    return group;
  }

  /**
   * Corrected details (title, description, CI, category), checked as a new report is; the work
   * log says what changed from what. 409 once the incident is resolved or closed.
   * @return the record as it is now
   */
  @Transactional
  public Incident editDetails(String number, String title, String description, String ciId, String category) {
    Incident i = lock(number);
    if (!i.status().isOpen()) {
      throw new ActionNotAllowedException(number, i.status().id(), "edit its details");
    }
    Report r = validate(new Report(title, description, i.serviceCode(), ciId, category, i.impact(), i.urgency(),
        i.reportedBy(), i.channel()));
    List<String> changes = new ArrayList<>();
    changed(changes, "title", i.title(), r.title());
    changed(changes, "description", i.description(), r.description());
    changed(changes, "configuration item", i.ciId(), r.ciId());
    changed(changes, "category", i.category(), r.category());
    if (!changes.isEmpty()) {
      repository.updateDetails(number, r.title(), r.description(), r.ciId(), r.category());
      log(number, "edited", String.join("; ", changes));
    }
    return get(number);
  }

  private static void changed(List<String> changes, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(field + ": '" + (before == null ? "" : before) + "' -> '" + (after == null ? "" : after) + "'");
    }
  }

  /** Dispatch: the incident's queue is now this group (the process moves the task). */
  @Transactional
  public void reassign(String number, String group, String assignee, String reason) {
    Incident i = lock(number);
    if (!group.equals(i.assignmentGroup())) {
      repository.update(i.with(i.priority(), i.status(), group, i.major()));
      slaClocks.notifyGroup(number, group);
    }
    log(number, "reassigned", "To " + group + (assignee == null ? "" : ", " + assignee)
        + (reason == null ? "" : ": " + reason));
  }

  /** Hierarchical escalation: the record shows the breach; managers get a task from the process. */
  @Transactional
  public void recordBreach(String number, String target) {
    log(number, "sla-breached", "The " + target + " target is breached; " + properties.managers() + " intervene");
  }

  @Transactional
  public void resolve(String number, String resolutionCode, String resolution) {
    Incident i = lock(number);
    if (i.status() == IncidentStatus.RESOLVED || i.status() == IncidentStatus.CLOSED) {
      return;
    }
    respond(number, "First response: resolved");
    String code = Fields.text("resolutionCode", resolutionCode, 30);
    String text = Fields.text("resolution", resolution, 4000);
    repository.update(lock(number).withResolution(IncidentStatus.RESOLVED, code, text, EngineClock.now()));
    // Awaiting the customer's confirmation does not count against the resolution target.
    slaClocks.pause(number);
    log(number, "resolved", code + ": " + text);
  }

  /** Checks a link before the process is asked to make it: 400, 404 or 409 as for any input. */
  @Transactional(readOnly = true)
  public void checkLink(String number, String parentNumber) {
    validLink(get(number), parentNumber);
  }

  private String validLink(Incident child, String parentNumber) {
    String number = child.number();
    String parent = Fields.text("parent", parentNumber, 20);
    if (parent.equals(number)) {
      throw new InvalidFieldException("parent", "an incident cannot be its own parent");
    }
    Incident parentIncident = repository.find(parent)
        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, parent, "parent"));
    if (number.equals(parentIncident.parentNumber())) {
      throw new InvalidFieldException("parent", parent + " is already a child of " + number);
    }
    if (!parentIncident.status().isOpen()) {
      throw new ActionNotAllowedException(parent, parentIncident.status().id(), "take new child incidents");
    }
    return parent;
  }

  /** Links a child incident to the major (parent) incident that causes it. */
  @Transactional
  public void link(String number, String parentNumber) {
    Incident child = lock(number);
    String parent = validLink(child, parentNumber);
    if (parent.equals(child.parentNumber())) {
      return;
    }
    repository.update(child.withParent(parent));
    log(number, "linked", "Caused by " + parent);
    log(parent, "child-linked", number + " linked as a child incident");
  }

  /** The open children of a parent incident, to be resolved with it. */
  @Transactional(readOnly = true)
  public List<String> openChildren(String parentNumber) {
    return repository.openChildren(parentNumber);
  }

  @Transactional(readOnly = true)
  public List<String> children(String parentNumber) {
    return repository.children(parentNumber);
  }

  /**
   * Resolved with its parent incident or with the fix of the problem it waited on: same
   * resolution; the desk tells the reporter.
   */
  @Transactional
  public void resolveWith(String number, String parent, String resolutionCode, String resolution) {
    Incident child = get(number);
    if (!child.status().isOpen()) {
      return;
    }
    resolve(number, resolutionCode, "Resolved with " + parent + ": " + resolution);
    notifier.send(new Notification("incident:" + number + ":resolved-with:" + parent, child.assignmentGroup(),
        "REPORTER_UPDATE", number, "Tell " + child.reportedBy() + ": " + number + " is resolved",
        number + " (" + child.title() + ") was resolved together with " + parent + ": " + resolution
            + ". Please let " + child.reportedBy() + " know and ask for confirmation."));
    log(number, "reporter-notified", child.assignmentGroup() + " asked to inform " + child.reportedBy());
  }

  /** When an unconfirmed resolution closes by itself. */
  @Transactional(readOnly = true)
  public Instant autoCloseAt(String number) {
    Incident i = get(number);
    String calendar = services.calendarOf(i.serviceCode());
    return calendars.calendar(calendar).addBusinessDays(EngineClock.now(), properties.autoCloseDays());
  }

  @Transactional
  public void reopen(String number, String reason) {
    Incident i = lock(number);
    if (i.status() != IncidentStatus.RESOLVED) {
      return;
    }
    repository.update(i.withResolution(IncidentStatus.IN_PROGRESS, null, null, null));
    slaClocks.resume(number);
    log(number, "reopened", reason == null ? "Resolution rejected" : reason);
  }

  @Transactional
  public void close(String number, String how) {
    Incident i = lock(number);
    if (i.status() == IncidentStatus.CLOSED) {
      return;
    }
    repository.update(i.closed(EngineClock.now()));
    slaClocks.stopAll(number);
    log(number, "closed", how);
  }

  /** The major incident review's report (timeline, cause, actions, improvement opportunities). */
  @Transactional
  public void recordReview(String number, String timeline, String cause, String actions, String improvements) {
    if (repository.hasReview(number)) {
      return;
    }
    repository.insertReview(number, EngineClock.now(), currentUser(), Fields.text("reviewTimeline", timeline, 4000),
        Fields.text("reviewCause", cause, 4000), Fields.text("reviewActions", actions, 4000),
        Fields.text("reviewImprovements", improvements, 4000));
    log(number, "major-incident-review", "Review recorded: " + cause);
  }

  @Transactional(readOnly = true)
  public Incident get(String number) {
    return repository.find(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }

  @Transactional(readOnly = true)
  IncidentSearch.Page search(IncidentSearch search) {
    return repository.search(search);
  }

  public List<Incident> find(IncidentQuery query) {
    return repository.find(query);
  }

  @Transactional(readOnly = true)
  public List<WorkLogEntry> workLog(String number) {
    return workLog.of(number);
  }

  @Transactional
  public void log(String number, String action, String text) {
    workLog.add(RecordType.INCIDENT, number, action, text);
  }

  private Incident lock(String number) {
    return repository.lock(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }

  private static void requireOpen(Incident i) {
    if (!i.status().isOpen()) {
      throw new ActionNotAllowedException(i.number(), i.status().id(), "add a work note");
    }
  }

  private String currentUser() {
    return currentUser.id();
  }

  private static Instant resolutionDue(List<SlaStatus> sla) {
    return sla.stream().filter(s -> s.target().equals(SlaTarget.RESOLUTION.id())).findFirst()
        .map(SlaStatus::dueAt).orElse(null);
  }
}
