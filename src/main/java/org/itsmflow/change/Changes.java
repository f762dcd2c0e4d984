package org.itsmflow.change;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.RecordNumbers;
import org.itsmflow.record.Records;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.security.RoleGroup;
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
  private final Records records;
  private final ChangeWorkLog workLog;

  Changes(ChangeRepository repository, ChangeTemplates templates, RecordNumbers numbers, ServiceCatalogue services,
      ConfigurationItems cis, IdentityService identity, Notifier notifier, CurrentUser currentUser, Records records,
      ChangeWorkLog workLog) {
    this.repository = repository;
    this.templates = templates;
    this.numbers = numbers;
    this.services = services;
    this.cis = cis;
    this.identity = identity;
    this.notifier = notifier;
    this.currentUser = currentUser;
    this.records = records;
    this.workLog = workLog;
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
    workLog.add(number, "recorded", r.category() + " change requested by " + r.requestedBy()
        + (r.templateCode() == null ? "" : " from template " + r.templateCode())
        + (r.problemNumber() == null ? "" : "; fix for problem " + r.problemNumber())
        + (r.releaseNumber() == null ? "" : "; part of release " + r.releaseNumber()));
    return number;
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
    workLog.add(number, "resubmitted", "Revision " + (c.revision() + 1) + " submitted for assessment");
  }

  @Transactional
  public void withdraw(String number, String reason) {
    Change c = lock(number);
    if (c.status() == ChangeStatus.WITHDRAWN) {
      return;
    }
    repository.end(number, ChangeStatus.WITHDRAWN, EngineClock.now());
    workLog.add(number, "withdrawn", reason == null ? "Withdrawn by the requester" : reason);
  }

  @Transactional
  public void startImplementation(String number) {
    Change c = lock(number);
    if (c.status() == ChangeStatus.SCHEDULED) {
      repository.updateStatus(number, ChangeStatus.IMPLEMENTING);
      workLog.add(number, "implementation-started", "Planned start reached");
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
    workLog.add(number, success ? "implemented" : "implementation-failed", text);
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
      workLog.add(number, "remediated", text);
    }
  }

  /** The CMDB learns what was changed: each affected CI's history names this change (8.2.6). */
  @Transactional
  public void updateAffectedCis(String number) {
    updateAffectedCis(number, get(number).title());
  }

  /** As {@link #updateAffectedCis(String)}, with the summary the CIs' history shows after the number. */
  @Transactional
  public void updateAffectedCis(String number, String summary) {
    for (String ci : repository.cis(number)) {
      cis.recordImplementedChange(ci, number, summary);
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
    workLog.once(number, "reviewed", "Post-implementation review: " + checked + ". Side effects: " + effects
        + ". Lessons: " + learned);
  }

  @Transactional
  public Change close(String number) {
    Change c = lock(number);
    if (c.status() != ChangeStatus.CLOSED) {
      repository.end(number, ChangeStatus.CLOSED, EngineClock.now());
      workLog.add(number, "closed", c.outcome() == null ? "Closed" : "Closed; the change was " + c.outcome());
    }
    return get(number);
  }

  /** An incident caused by this change: evidence for later risk assessments on the same CIs. */
  @Transactional
  public void linkIncident(String number, String incident) {
    lock(number);
    String checked = Fields.matching("incident", incident == null ? null : incident.trim(), INCIDENT, "INC-000001");
    if (!records.exists(checked)) {
      throw new RecordNotFoundException("Incident", checked, "incident");
    }
    if (repository.linkIncident(number, checked, EngineClock.now(), currentUser.id())) {
      workLog.add(number, "incident-linked", checked + " was caused by this change");
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
    return workLog.of(number);
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

  Change lock(String number) {
    return repository.lock(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }


  private static ChangeCategory category(Rfc r) {
    return ChangeCategory.valueOf(r.category().toUpperCase(Locale.ROOT));
  }

  static Instant required(String field, Instant value) {
    if (value == null) {
      throw new InvalidFieldException(field, "required: a date and time with offset, e.g. 2026-12-01T22:00:00Z");
    }
    return value;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
