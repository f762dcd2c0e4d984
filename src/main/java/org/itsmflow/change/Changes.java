package org.itsmflow.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.catalogue.Service;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.ActionNotAllowedException;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.RecordNumbers;
import org.itsmflow.security.RoleGroup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change records (ISO 20000 8.5.1): what the change-management process decides is written
 * here, with the work log naming who and when. Every operation the process calls is safe to
 * repeat (the job executor runs a job at least once).
 */
@Component
public class Changes {

  static final String RECORD_TYPE = "Change";
  /** change-authority's answer for pre-approved standard changes. */
  static final String NO_AUTHORITY = "none";
  static final String DEFAULT_IMPLEMENTATION_GROUP = RoleGroup.SUPPORT_2ND_LEVEL.id();
  private static final Pattern PROBLEM = Pattern.compile("PRB-\\d{6,}");
  private static final Pattern RELEASE = Pattern.compile("REL-\\d{6,}");
  private static final Pattern INCIDENT = Pattern.compile("INC-\\d{6,}");

  private final ChangeRepository repository;
  private final ChangeTemplates templates;
  private final RecordNumbers numbers;
  private final ServiceCatalogue services;
  private final ConfigurationItems cis;
  private final IdentityService identity;
  private final Notifier notifier;
  private final CurrentUser currentUser;
  private final JdbcTemplate jdbc;

  Changes(ChangeRepository repository, ChangeTemplates templates, RecordNumbers numbers, ServiceCatalogue services,
      ConfigurationItems cis, IdentityService identity, Notifier notifier, CurrentUser currentUser, JdbcTemplate jdbc) {
    this.repository = repository;
    this.templates = templates;
    this.numbers = numbers;
    this.services = services;
    this.cis = cis;
    this.identity = identity;
    this.notifier = notifier;
    this.currentUser = currentUser;
    this.jdbc = jdbc;
  }

  /** The request for change as entered in Tasklist's start form or sent to POST /api/changes. */
  public record Rfc(String title, String description, String category, String templateCode, String serviceCode,
      List<String> ciIds, Integer impact, String requestedBy, String implementationGroup, String implementationPlan,
      String backoutPlan, Boolean backoutTested, Instant plannedStart, Instant plannedEnd, String problemNumber,
      String releaseNumber) {}

  /**
   * Validates an RFC: 400 naming the field, 404 for an unknown service, CI or template. A
   * standard change takes what it leaves out from its template.
   */
  @Transactional(readOnly = true)
  public Rfc validate(Rfc r) {
    ChangeCategory category = Fields.oneOf("category", r.category(), ChangeCategory.class);
    String title = Fields.text("title", r.title(), 200);
    String description = r.description();
    String serviceCode = r.serviceCode();
    String implementationPlan = r.implementationPlan();
    String backoutPlan = r.backoutPlan();
    Boolean backoutTested = r.backoutTested();
    String templateCode = Fields.optionalText("templateCode", r.templateCode(), 30);
    if (category == ChangeCategory.STANDARD) {
      if (templateCode == null) {
        throw new InvalidFieldException("templateCode", "required for a standard change: one of /api/change-templates");
      }
      ChangeTemplate template = templates.find(templateCode)
          .orElseThrow(() -> new RecordNotFoundException(ChangeTemplates.RECORD_TYPE, r.templateCode(), "templateCode"));
      if (!template.active()) {
        throw new InvalidFieldException("templateCode", "an active template; " + templateCode + " is retired");
      }
      description = blank(description) ? template.description() : description;
      serviceCode = blank(serviceCode) ? template.serviceCode() : serviceCode;
      if (template.serviceCode() != null && !template.serviceCode().equals(serviceCode)) {
        throw new InvalidFieldException("serviceCode", "the template's service " + template.serviceCode());
      }
      implementationPlan = blank(implementationPlan) ? template.implementationPlan() : implementationPlan;
      backoutPlan = blank(backoutPlan) ? template.backoutPlan() : backoutPlan;
      // The model was tested when it was approved as a standard change.
      backoutTested = backoutTested == null || backoutTested;
    } else if (templateCode != null) {
      throw new InvalidFieldException("templateCode", "only for standard changes");
    }
    serviceCode = Fields.text("serviceCode", serviceCode, 30);
    if (!services.exists(serviceCode)) {
      throw new RecordNotFoundException("Service", serviceCode, "serviceCode");
    }
    List<String> ciIds = List.copyOf(new LinkedHashSet<>(r.ciIds() == null ? List.of() : r.ciIds()));
    for (int i = 0; i < ciIds.size(); i++) {
      String id = Fields.text("ciIds[" + i + "]", ciIds.get(i), 20);
      if (!cis.exists(id)) {
        throw new RecordNotFoundException("Configuration item", id, "ciIds[" + i + "]");
      }
    }
    Instant start = required("plannedStart", r.plannedStart());
    Instant end = required("plannedEnd", r.plannedEnd());
    if (!end.isAfter(start)) {
      throw new InvalidFieldException("plannedEnd", "after plannedStart");
    }
    if (category != ChangeCategory.EMERGENCY && start.isBefore(EngineClock.now())) {
      throw new InvalidFieldException("plannedStart", "in the future (only emergency changes start at once)");
    }
    String group = blank(r.implementationGroup()) ? DEFAULT_IMPLEMENTATION_GROUP
        : Fields.text("implementationGroup", r.implementationGroup(), 64);
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      throw new RecordNotFoundException("Group", group, "implementationGroup");
    }
    return new Rfc(title, Fields.text("description", description, 4000), category.id(), templateCode, serviceCode,
        ciIds, Fields.range("impact", r.impact(), 1, 3),
        blank(r.requestedBy()) ? currentUser.id() : Fields.text("requestedBy", r.requestedBy(), 100), group,
        Fields.text("implementationPlan", implementationPlan, 4000), Fields.text("backoutPlan", backoutPlan, 4000),
        Boolean.TRUE.equals(backoutTested), start, end,
        blank(r.problemNumber()) ? null : Fields.matching("problemNumber", r.problemNumber().trim(), PROBLEM, "PRB-000001"),
        blank(r.releaseNumber()) ? null : Fields.matching("releaseNumber", r.releaseNumber().trim(), RELEASE, "REL-000001"));
  }

  /** Records a new change and gives it the next number. */
  @Transactional
  public String record(Rfc rfc, String processInstanceId) {
    Rfc r = validate(rfc);
    String number = numbers.next(ChangeProcess.NUMBER_PREFIX);
    Instant now = EngineClock.now();
    repository.insert(new Change(number, r.title(), r.description(), category(r), r.templateCode(), r.serviceCode(),
        r.impact(), r.requestedBy(), r.implementationGroup(), r.implementationPlan(), r.backoutPlan(),
        r.backoutTested(), r.plannedStart(), r.plannedEnd(), null, null, null, ChangeStatus.RECORDED, 1, null, null,
        null, null, r.problemNumber(), r.releaseNumber(), now, null, processInstanceId), r.ciIds());
    log(number, "recorded", r.category() + " change requested by " + r.requestedBy()
        + (r.templateCode() == null ? "" : " from template " + r.templateCode())
        + (r.problemNumber() == null ? "" : "; fix for problem " + r.problemNumber())
        + (r.releaseNumber() == null ? "" : "; part of release " + r.releaseNumber()));
    return number;
  }

  /** Inputs of change-risk beyond the RFC. */
  public record RiskFactors(int serviceCriticality, double failureRate) {}

  /**
   * The most critical of the affected services (the change's and its CIs') and the share of
   * earlier changes on the same CIs that failed.
   */
  @Transactional(readOnly = true)
  public RiskFactors riskFactors(String number) {
    Change c = get(number);
    int criticality = affectedServices(c).stream().map(services::get).mapToInt(Service::criticality).min().orElse(3);
    int[] outcomes = repository.outcomesOnCis(number, repository.cis(number));
    return new RiskFactors(criticality, outcomes[1] == 0 ? 0.0 : (double) outcomes[0] / outcomes[1]);
  }

  /** change-risk's result, kept with the record for the CAB and the auditor. */
  @Transactional
  public void assessRisk(String number, String risk, String reason) {
    Change c = lock(number);
    repository.updateRisk(number, risk, reason);
    logOnce(number, "risk-assessed", "Revision " + c.revision() + ": risk " + risk + " (" + reason + ")");
  }

  /** change-authority's result: the change waits for its authority, or is authorised (standard). */
  @Transactional
  public void assignAuthority(String number, String authority) {
    Change c = lock(number);
    ChangeStatus status = NO_AUTHORITY.equals(authority) ? ChangeStatus.AUTHORISED : ChangeStatus.AWAITING_AUTHORISATION;
    repository.updateAuthority(number, authority, status);
    logOnce(number, "authority", "Revision " + c.revision() + ": change authority " + authority
        + (NO_AUTHORITY.equals(authority) ? " (pre-approved standard change)" : ""));
  }

  /** The members of the CAB, one vote each. The CAB is told the change awaits its votes. */
  @Transactional
  public List<String> inviteCab(String number) {
    Change c = get(number);
    List<String> members = identity.createUserQuery().memberOfGroup(RoleGroup.CAB.id()).orderByUserId().asc().list()
        .stream().map(User::getId).toList();
    notifier.send(new Notification("change:" + number + ":cab:" + c.revision(), RoleGroup.CAB.id(), "CAB_VOTE",
        number, number + " awaits your CAB vote: " + c.title(),
        c.category().id() + " change, risk " + c.risk() + " (" + c.riskReason() + "), planned " + c.plannedStart()
            + " - " + c.plannedEnd() + ". Vote in Tasklist or POST /api/changes/" + number + "/votes."));
    logOnce(number, "cab-invited", "Revision " + c.revision() + ": " + members.size() + " CAB members asked to vote: "
        + String.join(", ", members));
    return members;
  }

  /**
   * A decision on the change: who decided what, with the mandatory comment. A rejection by a
   * member of an affected service's owner group is that owner's veto. Once per task.
   *
   * @param kind cab-vote, change-manager, cab-escalation, ecab, retrospective
   */
  @Transactional
  public void recordDecision(String number, String kind, String taskId, String decidedBy, String decision,
      String comment) {
    Change c = lock(number);
    String checkedDecision = decision(kind, decision);
    String checkedComment = Fields.text(ChangeProcess.Variables.COMMENT, comment, 4000);
    boolean veto = ChangeProcess.Variables.REJECT.equals(checkedDecision) && ownsAffectedService(decidedBy, c);
    if (repository.insertDecision(number, c.revision(), kind, decidedBy, checkedDecision, checkedComment, veto,
        EngineClock.now(), taskId)) {
      log(number, kind, decidedBy + ": " + checkedDecision + (veto ? " (service owner's veto)" : "") + " - "
          + checkedComment);
    }
  }

  /** The CAB's votes in this revision. */
  public record Tally(int approvals, int rejections, int abstentions, boolean ownerVeto) {}

  @Transactional(readOnly = true)
  public Tally tally(String number) {
    Change c = get(number);
    List<ChangeDecision> votes = repository.decisions(number).stream()
        .filter(d -> d.revision() == c.revision() && d.kind().equals("cab-vote")).toList();
    return new Tally(count(votes, ChangeProcess.Variables.APPROVE), count(votes, ChangeProcess.Variables.REJECT),
        count(votes, ChangeProcess.Variables.ABSTAIN), votes.stream().anyMatch(ChangeDecision::ownerVeto));
  }

  /** The authority's decision: approved changes go on to the schedule, rejected ones back to the requester. */
  @Transactional
  public void decide(String number, String decision, String reason) {
    Change c = lock(number);
    boolean approved = ChangeProcess.Variables.APPROVED.equals(decision)
        || ChangeProcess.Variables.APPROVE.equals(decision);
    ChangeStatus status = approved ? ChangeStatus.AUTHORISED : ChangeStatus.REJECTED;
    if (c.status() == status) {
      return;
    }
    repository.updateStatus(number, status);
    log(number, approved ? "authorised" : "rejected", reason);
    if (!approved) {
      notifier.send(new Notification("change:" + number + ":rejected:" + c.revision(), RoleGroup.CHANGE_MANAGERS.id(),
          "CHANGE_REJECTED", number, number + " rejected: " + c.title(),
          reason + ". The requester " + c.requestedBy() + " may revise and resubmit it, or withdraw it."));
    }
  }

  /** A revised RFC goes through assessment and authorisation again. */
  public record Revision(String description, String implementationPlan, String backoutPlan, Boolean backoutTested,
      Instant plannedStart, Instant plannedEnd) {}

  @Transactional
  public void resubmit(String number, Revision r) {
    Change c = lock(number);
    if (c.status() != ChangeStatus.REJECTED) {
      return;
    }
    Instant start = r.plannedStart() == null ? c.plannedStart() : r.plannedStart();
    Instant end = r.plannedEnd() == null ? c.plannedEnd() : r.plannedEnd();
    if (!end.isAfter(start)) {
      throw new InvalidFieldException("plannedEnd", "after plannedStart");
    }
    repository.revise(new Change(c.number(), c.title(),
        blank(r.description()) ? c.description() : Fields.text("description", r.description(), 4000),
        c.category(), c.templateCode(), c.serviceCode(), c.impact(), c.requestedBy(), c.implementationGroup(),
        blank(r.implementationPlan()) ? c.implementationPlan()
            : Fields.text("implementationPlan", r.implementationPlan(), 4000),
        blank(r.backoutPlan()) ? c.backoutPlan() : Fields.text("backoutPlan", r.backoutPlan(), 4000),
        r.backoutTested() == null ? c.backoutTested() : r.backoutTested(), start, end, null, null, null,
        ChangeStatus.RECORDED, c.revision() + 1, null, null, null, null, c.problemNumber(), c.releaseNumber(),
        c.createdAt(), null, c.processInstanceId()));
    log(number, "resubmitted", "Revision " + (c.revision() + 1) + " submitted for assessment");
  }

  @Transactional
  public void withdraw(String number, String reason) {
    Change c = lock(number);
    if (c.status() == ChangeStatus.WITHDRAWN) {
      return;
    }
    repository.end(number, ChangeStatus.WITHDRAWN, EngineClock.now());
    log(number, "withdrawn", reason == null ? "Withdrawn by the requester" : reason);
  }

  /**
   * Conflicts with the schedule of change: other changes holding a slot on the same service or
   * CI at an overlapping time, and (except for emergency changes) freeze windows.
   */
  @Transactional
  public List<String> checkSchedule(String number, List<ChangeFreeze> freezes) {
    Change c = lock(number);
    List<String> cisOfChange = repository.cis(number);
    Set<String> affected = affectedServices(c);
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
      logOnce(number, blocking ? "schedule-conflict" : "schedule-warning", text);
    }
    return blocking ? conflicts : List.of();
  }

  /** New planned start and end after a conflict. */
  @Transactional
  public void reschedule(String number, Instant start, Instant end) {
    Change c = lock(number);
    Instant newStart = required("plannedStart", start);
    Instant newEnd = required("plannedEnd", end);
    if (!newEnd.isAfter(newStart)) {
      throw new InvalidFieldException("plannedEnd", "after plannedStart");
    }
    if (newStart.isBefore(EngineClock.now())) {
      throw new InvalidFieldException("plannedStart", "in the future");
    }
    repository.updateSchedule(number, newStart, newEnd, ChangeStatus.AUTHORISED);
    log(number, "rescheduled", c.plannedStart() + " - " + c.plannedEnd() + " -> " + newStart + " - " + newEnd);
  }

  /** On the schedule of change; the implementers are told when it starts. */
  @Transactional
  public void schedule(String number) {
    Change c = lock(number);
    if (c.status() == ChangeStatus.SCHEDULED) {
      return;
    }
    repository.updateStatus(number, ChangeStatus.SCHEDULED);
    log(number, "scheduled", c.plannedStart() + " - " + c.plannedEnd());
    notifier.send(new Notification("change:" + number + ":scheduled:" + c.plannedStart(), c.implementationGroup(),
        "CHANGE_SCHEDULED", number, number + " scheduled: " + c.title(),
        "Implement from " + c.plannedStart() + " to " + c.plannedEnd() + ". Plan: " + c.implementationPlan()
            + " Back-out: " + c.backoutPlan()));
  }

  @Transactional
  public void startImplementation(String number) {
    Change c = lock(number);
    if (c.status() == ChangeStatus.SCHEDULED) {
      repository.updateStatus(number, ChangeStatus.IMPLEMENTING);
      log(number, "implementation-started", "Planned start reached");
    }
  }

  /** The implementer's report: a failed change is backed out next. */
  @Transactional
  public void recordImplementation(String number, String outcome, String notes) {
    Change c = lock(number);
    boolean success = ChangeProcess.Variables.SUCCESS.equals(outcome);
    if (!success && !ChangeProcess.Variables.FAILED.equals(outcome)) {
      throw new InvalidFieldException(ChangeProcess.Variables.OUTCOME, "success or failed");
    }
    String text = Fields.text(ChangeProcess.Variables.NOTES, notes, 4000);
    if (c.outcome() != null) {
      return;
    }
    repository.updateImplementation(number, success ? ChangeStatus.IN_REVIEW : ChangeStatus.REMEDIATING,
        success ? "successful" : "failed", text, EngineClock.now());
    log(number, success ? "implemented" : "implementation-failed", text);
    if (!success) {
      notifier.send(new Notification("change:" + number + ":failed", RoleGroup.CHANGE_MANAGERS.id(), "CHANGE_FAILED",
          number, number + " failed: " + c.title(), text + ". Remediation (back-out) follows: " + c.backoutPlan()));
    }
  }

  @Transactional
  public void recordRemediation(String number, String notes) {
    Change c = lock(number);
    String text = Fields.text(ChangeProcess.Variables.NOTES, notes, 4000);
    if (c.status() == ChangeStatus.REMEDIATING) {
      repository.updateStatus(number, ChangeStatus.IN_REVIEW);
      log(number, "remediated", text);
    }
  }

  /** For release planning: 404 for an unknown change, 409 unless it is authorised, on the schedule and in no release. */
  @Transactional(readOnly = true)
  public Change requireBundleable(String number, String field, String release) {
    Change c;
    try {
      c = get(number);
    } catch (RecordNotFoundException e) {
      throw new RecordNotFoundException(RECORD_TYPE, number, field);
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
    Change c = lock(number);
    if (c.status() == ChangeStatus.IN_RELEASE && release.equals(c.releaseNumber())) {
      return;
    }
    repository.updateRelease(number, release, ChangeStatus.IN_RELEASE);
    log(number, "bundled", "Part of release " + release + ", which deploys it");
  }

  /**
   * How the release ended for the change: deployed (implemented, its CIs' history names it),
   * failed (the release rolled back), or removed from the release (back on its own schedule).
   */
  @Transactional
  public void releaseOutcome(String number, String release, String outcome, String notes) {
    Change c = lock(number);
    if (c.status() != ChangeStatus.IN_RELEASE) {
      return;
    }
    String text = notes == null || notes.isBlank() ? "Release " + release + ": " + outcome : notes;
    switch (outcome) {
      case ChangeProcess.Variables.DEPLOYED -> {
        repository.updateImplementation(number, ChangeStatus.IN_REVIEW, "successful", text, EngineClock.now());
        log(number, "implemented", "Deployed with release " + release + ": " + text);
        updateAffectedCis(number);
      }
      case ChangeProcess.Variables.FAILED -> {
        repository.updateImplementation(number, ChangeStatus.IN_REVIEW, "failed", text, EngineClock.now());
        log(number, "implementation-failed", "Release " + release + " failed and was rolled back: " + text);
        notifier.send(new Notification("change:" + number + ":failed", RoleGroup.CHANGE_MANAGERS.id(),
            "CHANGE_FAILED", number, number + " failed: " + c.title(),
            "Release " + release + " failed and was rolled back: " + text));
      }
      case ChangeProcess.Variables.REMOVED -> {
        repository.updateRelease(number, null, ChangeStatus.SCHEDULED);
        log(number, "unbundled", "Removed from release " + release + ": " + text + "; back on its own schedule");
      }
      default -> throw new InvalidFieldException(ChangeProcess.Variables.RELEASE_OUTCOME, "deployed, failed or removed");
    }
  }

  /** The CMDB learns what was changed: each affected CI's history names this change (8.2.6). */
  @Transactional
  public void updateAffectedCis(String number) {
    Change c = get(number);
    for (String ci : repository.cis(number)) {
      cis.recordImplementedChange(ci, number, c.title());
    }
  }

  @Transactional
  public void recordReview(String number, String effectiveness, String sideEffects, String lessons) {
    lock(number);
    String checked = Fields.text(ChangeProcess.Variables.EFFECTIVENESS, effectiveness, 20);
    if (!List.of("effective", "partially-effective", "not-effective").contains(checked)) {
      throw new InvalidFieldException(ChangeProcess.Variables.EFFECTIVENESS,
          "effective, partially-effective or not-effective");
    }
    String effects = Fields.text(ChangeProcess.Variables.SIDE_EFFECTS, sideEffects, 4000);
    String learned = Fields.text(ChangeProcess.Variables.LESSONS, lessons, 4000);
    repository.saveReview(number, EngineClock.now(), currentUser.id(), checked, effects, learned);
    logOnce(number, "reviewed", "Post-implementation review: " + checked + ". Side effects: " + effects
        + ". Lessons: " + learned);
  }

  @Transactional
  public Change close(String number) {
    Change c = lock(number);
    if (c.status() != ChangeStatus.CLOSED) {
      repository.end(number, ChangeStatus.CLOSED, EngineClock.now());
      log(number, "closed", c.outcome() == null ? "Closed" : "Closed; the change was " + c.outcome());
    }
    return get(number);
  }

  /** The ECAB has not answered yet: remind it and the change managers. */
  @Transactional
  public void remindEcab(String number, int reminder) {
    Change c = get(number);
    for (String group : List.of(RoleGroup.CAB.id(), RoleGroup.CHANGE_MANAGERS.id())) {
      notifier.send(new Notification("change:" + number + ":ecab-reminder:" + reminder + ":" + group, group,
          "ECAB_REMINDER", number, "Emergency change " + number + " awaits ECAB approval: " + c.title(),
          "Risk " + c.risk() + " (" + c.riskReason() + "). One approval lets implementation start."));
    }
    logOnce(number, "ecab-reminder", "Reminder " + reminder + " sent to the ECAB");
  }

  @Transactional
  public void addWorkNote(String number, String text) {
    lock(number);
    log(number, "work-note", Fields.text("text", text, 4000));
  }

  /** An incident caused by this change: evidence for later risk assessments on the same CIs. */
  @Transactional
  public void linkIncident(String number, String incident) {
    lock(number);
    String checked = Fields.matching("incident", incident == null ? null : incident.trim(), INCIDENT, "INC-000001");
    Integer exists = jdbc.queryForObject("SELECT count(*) FROM itsm_incident WHERE number = ?", Integer.class, checked);
    if (exists == null || exists == 0) {
      throw new RecordNotFoundException("Incident", checked, "incident");
    }
    if (repository.linkIncident(number, checked, EngineClock.now(), currentUser.id())) {
      log(number, "incident-linked", checked + " was caused by this change");
    }
  }

  @Transactional(readOnly = true)
  public Change get(String number) {
    return repository.find(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }

  @Transactional(readOnly = true)
  public List<Change> find(String status, String category, String service, String ci, int offset, int limit) {
    return repository.find(status == null ? null : Fields.oneOf("status", status, ChangeStatus.class),
        category == null ? null : Fields.oneOf("category", category, ChangeCategory.class), service, ci, offset,
        limit);
  }

  @Transactional(readOnly = true)
  public List<String> affectedCis(String number) {
    return repository.cis(number);
  }

  @Transactional(readOnly = true)
  public List<ChangeDecision> decisions(String number) {
    return repository.decisions(number);
  }

  @Transactional(readOnly = true)
  public ChangeReview review(String number) {
    return repository.review(number).orElse(null);
  }

  @Transactional(readOnly = true)
  public List<String> causedIncidents(String number) {
    return repository.causedIncidents(number);
  }

  @Transactional(readOnly = true)
  public List<WorkLogEntry> workLog(String number) {
    return repository.workLog(number);
  }

  /** The change's service and the services its CIs support. */
  @Transactional(readOnly = true)
  public Set<String> affectedServices(Change c) {
    Set<String> affected = new LinkedHashSet<>();
    affected.add(c.serviceCode());
    for (String ci : repository.cis(c.number())) {
      affected.addAll(cis.get(ci).services());
    }
    return affected;
  }

  private boolean ownsAffectedService(String userId, Change c) {
    for (String code : affectedServices(c)) {
      String owner = services.get(code).ownerGroup();
      if (identity.createUserQuery().userId(userId).memberOfGroup(owner).count() > 0) {
        return true;
      }
    }
    return false;
  }

  private static String decision(String kind, String decision) {
    List<String> allowed = kind.equals("cab-vote")
        ? List.of(ChangeProcess.Variables.APPROVE, ChangeProcess.Variables.REJECT, ChangeProcess.Variables.ABSTAIN)
        : List.of(ChangeProcess.Variables.APPROVE, ChangeProcess.Variables.REJECT);
    String value = decision == null ? null : decision.trim().toLowerCase(Locale.ROOT);
    if (value == null || !allowed.contains(value)) {
      throw new InvalidFieldException(ChangeProcess.Variables.OUTCOME, "one of " + String.join(", ", allowed));
    }
    return value;
  }

  private static int count(List<ChangeDecision> votes, String decision) {
    return (int) votes.stream().filter(v -> v.decision().equals(decision)).count();
  }

  Change lock(String number) {
    return repository.lock(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }

  /** For the REST API: 409 unless the change is in one of these states. */
  @Transactional(readOnly = true)
  public Change require(String number, String action, ChangeStatus... allowed) {
    Change c = get(number);
    if (!List.of(allowed).contains(c.status())) {
      throw new ActionNotAllowedException(number, c.status().id(), action);
    }
    return c;
  }

  private void log(String number, String action, String text) {
    repository.log(number, EngineClock.now(), currentUser.id(), action, text);
  }

  /** For steps a repeated job may run again: the same entry is written once. */
  private void logOnce(String number, String action, String text) {
    if (!repository.logged(number, action, text)) {
      log(number, action, text);
    }
  }

  private static ChangeCategory category(Rfc r) {
    return ChangeCategory.valueOf(r.category().toUpperCase(Locale.ROOT));
  }

  private static Instant required(String field, Instant value) {
    if (value == null) {
      throw new InvalidFieldException(field, "required: a date and time with offset, e.g. 2026-12-01T22:00:00Z");
    }
    return value;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
