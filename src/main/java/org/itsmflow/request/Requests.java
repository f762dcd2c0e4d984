package org.itsmflow.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.RecordNumbers;
import org.itsmflow.record.RecordProcess;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.Visibility;
import org.itsmflow.record.WorkLog;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.sla.BusinessCalendars;
import org.itsmflow.sla.SlaClocks;
import org.itsmflow.sla.SlaStatus;
import org.itsmflow.sla.SlaTarget;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service request records (ISO 20000 8.6.2): what the service-request process decides is
 * written here, with the work log naming who and when. Every operation the process calls is
 * safe to repeat (the job executor runs a job at least once).
 */
@Component
public class Requests {

  static final String RECORD_TYPE = "Service request";
  static final String NUMBER_PREFIX = "REQ";
  static final String MANAGER = "manager";
  static final String STAFF = "staff";
  static final String SERVICE_OWNER = "service-owner";
  /** The roles that count as managers for request-approval. */
  private static final List<String> MANAGER_GROUPS = List.of(RoleGroup.INCIDENT_MANAGERS.id(),
      RoleGroup.PROBLEM_MANAGERS.id(), RoleGroup.CHANGE_MANAGERS.id(), RoleGroup.RELEASE_MANAGERS.id(),
      RoleGroup.SERVICE_OWNERS.id(), RoleGroup.PROCESS_OWNERS.id());

  private final RequestRepository repository;
  private final RecordNumbers numbers;
  private final ServiceCatalogue services;
  private final BusinessCalendars calendars;
  private final SlaClocks slaClocks;
  private final IdentityService identity;
  private final Notifier notifier;
  private final CurrentUser currentUser;
  private final WorkLog workLog;
  private final RequestProperties properties;
  private final ObjectMapper json;
  private final EngineAsSystem engine;
  private final RecordProcess tasks;

  Requests(RequestRepository repository, RecordNumbers numbers, ServiceCatalogue services, BusinessCalendars calendars,
      SlaClocks slaClocks, IdentityService identity, Notifier notifier, CurrentUser currentUser, WorkLog workLog,
      RequestProperties properties, ObjectMapper json, EngineAsSystem engine, RecordProcess tasks) {
    this.engine = engine;
    this.tasks = tasks;
    this.repository = repository;
    this.numbers = numbers;
    this.services = services;
    this.calendars = calendars;
    this.slaClocks = slaClocks;
    this.identity = identity;
    this.notifier = notifier;
    this.currentUser = currentUser;
    this.workLog = workLog;
    this.properties = properties;
    this.json = json;
  }

  /** A request as the requester (or the service desk for them) submits it. */
  public record Submission(String itemCode, Map<String, String> details, String requestedBy, String managerId) {}

  /**
   * Validates a submission: 404 for an unknown item or manager, 400 naming the field for a
   * missing required detail, an unknown detail, or a retired item.
   */
  @Transactional(readOnly = true)
  public Submission validate(Submission s) {
    String code = Fields.text("itemCode", s.itemCode(), 30);
    RequestItem item = repository.item(code).orElseThrow(() -> new RecordNotFoundException("Request item", code,
        "itemCode"));
    if (!item.active()) {
      throw new InvalidFieldException("itemCode", "an active request item; " + code + " is retired");
    }
    Map<String, String> given = s.details() == null ? Map.of() : s.details();
    Map<String, String> details = new LinkedHashMap<>();
    for (RequestItem.Field field : item.fields()) {
      String value = given.get(field.key());
      String name = "details." + field.key();
      details.put(field.key(), field.required() ? Fields.text(name, value, 1000)
          : Fields.optionalText(name, value, 1000));
    }
    for (String key : given.keySet()) {
      if (item.fields().stream().noneMatch(f -> f.key().equals(key))) {
        throw new InvalidFieldException("details." + key, "not a field of " + code + "; its fields are "
            + String.join(", ", item.fields().stream().map(RequestItem.Field::key).toList()));
      }
    }
    String requestedBy = s.requestedBy() == null || s.requestedBy().isBlank() ? currentUser.id()
        : Fields.text("requestedBy", s.requestedBy(), 100);
    if (!requestedBy.equals(currentUser.id()) && !CurrentUser.SYSTEM.equals(currentUser.id())) {
      // Only the service desk submits for someone else, whichever door the request comes through.
      tasks.requireCandidate(Set.of(RoleGroup.SERVICE_DESK.id()), Set.of());
    }
    String manager = Fields.optionalText("managerId", s.managerId(), 64);
    if (manager != null && engine.call(() -> identity.createUserQuery().userId(manager).count()) == 0) {
      throw new RecordNotFoundException("User", manager, "managerId");
    }
    if (manager != null && manager.equals(requestedBy)) {
      throw new InvalidFieldException("managerId", "someone other than the requester");
    }
    return new Submission(code, details, requestedBy, manager);
  }

  @Transactional
  public String record(Submission submission, String processInstanceId) {
    Submission s = validate(submission);
    RequestItem item = item(s.itemCode());
    String number = numbers.next(NUMBER_PREFIX);
    String title = item.name() + " for " + s.requestedBy();
    repository.insert(new ServiceRequest(number, item.code(), item.serviceCode(),
        title.length() > 200 ? title.substring(0, 200) : title, write(s.details()), s.requestedBy(), s.managerId(),
        RequestStatus.SUBMITTED, null, null, null, null, null, null, item.fulfilmentGroup(), null, null, null, null,
        EngineClock.now(), null, processInstanceId));
    log(number, "submitted", item.name() + " requested by " + s.requestedBy() + ": " + s.details());
    return number;
  }

  /** request-approval's inputs beyond the item: the requester's role. */
  @Transactional(readOnly = true)
  public String requesterRole(String userId) {
    // Not the caller's view of the identity store: the requester's groups decide.
    List<String> groups = engine.call(() -> identity.createGroupQuery().groupMember(userId).list()).stream()
        .map(Group::getId).toList();
    return groups.stream().anyMatch(MANAGER_GROUPS::contains) ? MANAGER : STAFF;
  }

  /** Who approves: the named manager (when the rule says manager) or else the service's owner group. */
  public record Approvers(String user, String group) {}

  @Transactional
  public Approvers approvalPolicy(String number, boolean required, String approver) {
    ServiceRequest r = lock(number);
    String ownerGroup = services.get(r.serviceCode()).ownerGroup();
    String user = MANAGER.equals(approver) ? r.managerId() : null;
    if (r.status() == RequestStatus.SUBMITTED) {
      repository.approvalPolicy(number, required, required ? approver : null,
          required ? RequestStatus.AWAITING_APPROVAL : RequestStatus.SUBMITTED);
      log(number, "approval-rule", required ? "Approval by " + (user == null ? ownerGroup : user + " (manager)")
          + " needed (request-approval: " + approver + ")" : "No approval needed");
    }
    return new Approvers(user, ownerGroup);
  }

  @Transactional
  public void recordApproval(String number, String decision, String reason) {
    ServiceRequest r = lock(number);
    String checked = decision == null ? null : decision.trim().toLowerCase(Locale.ROOT);
    if (!"approve".equals(checked) && !"reject".equals(checked)) {
      throw new InvalidFieldException("approvalDecision", "approve or reject");
    }
    String text = Fields.text("approvalReason", reason, 4000);
    if (r.status() != RequestStatus.AWAITING_APPROVAL) {
      return;
    }
    repository.approval(number, checked, text, currentUser.id(), EngineClock.now(),
        checked.equals("approve") ? RequestStatus.SUBMITTED : RequestStatus.REJECTED);
    // The requester reads the approver's decision and reason (the portal, their e-mail).
    workLog.add(RecordType.REQUEST, number, checked.equals("approve") ? "approved" : "rejected", text,
        Visibility.PUBLIC);
  }

  /** Rejected: the service desk tells the requester why. */
  @Transactional
  public void rejected(String number) {
    ServiceRequest r = get(number);
    repository.end(number, RequestStatus.REJECTED, "rejected", r.closedAt() == null ? EngineClock.now() : r.closedAt());
    tellRequester(r, "rejected", number + " was not approved: " + r.approvalReason());
  }

  /**
   * Fulfilment starts under the SLA of the item's service and priority, its deadlines timers of the
   * request's process; returns the fulfilment due time.
   */
  @Transactional
  public Instant startFulfilment(String number, String processInstanceId) {
    ServiceRequest r = lock(number);
    RequestItem item = item(r.itemCode());
    if (r.status() == RequestStatus.SUBMITTED) {
      repository.updateStatus(number, RequestStatus.IN_FULFILMENT);
      log(number, "fulfilment", "For " + r.fulfilmentGroup() + ": " + item.instructions());
    }
    List<SlaStatus> sla = slaClocks.startInRecordProcess(number, processInstanceId, r.serviceCode(), item.priority(),
        r.fulfilmentGroup(), services.get(r.serviceCode()).ownerGroup());
    return due(sla);
  }

  /** The fulfilling group needs something from the requester: the clock pauses meanwhile. */
  @Transactional
  public void askRequester(String number, String question) {
    ServiceRequest r = lock(number);
    String text = Fields.text("question", question, 4000);
    if (r.status() != RequestStatus.IN_FULFILMENT) {
      return;
    }
    slaClocks.stop(number, SlaTarget.RESPONSE);
    slaClocks.pause(number);
    repository.question(number, text, RequestStatus.AWAITING_REQUESTER);
    // The requester reads the question (the portal, their e-mail).
    workLog.add(RecordType.REQUEST, number, "question", text, Visibility.PUBLIC);
    tellRequester(r, "question:" + EngineClock.now(), number + " needs your answer: " + text);
  }

  /** The requester answered: fulfilment and the clock go on. Returns the fulfilment due time. */
  @Transactional
  public Instant answered(String number, String answer) {
    ServiceRequest r = lock(number);
    String text = Fields.text("answer", answer, 4000);
    if (r.status() == RequestStatus.AWAITING_REQUESTER) {
      slaClocks.resume(number);
      repository.updateStatus(number, RequestStatus.IN_FULFILMENT);
      log(number, "answer", text);
    }
    return due(slaClocks.status(number));
  }

  /** Fulfilled: the requester is asked to confirm; the clock pauses until then. */
  @Transactional
  public void fulfilled(String number, String notes) {
    ServiceRequest r = lock(number);
    String text = Fields.text("fulfilmentNotes", notes, 4000);
    if (r.status() != RequestStatus.IN_FULFILMENT) {
      return;
    }
    slaClocks.stop(number, SlaTarget.RESPONSE);
    slaClocks.pause(number);
    repository.fulfilled(number, text, EngineClock.now());
    log(number, "fulfilled", text);
    tellRequester(r, "fulfilled:" + EngineClock.now(), number + " is fulfilled: " + text
        + ". Please confirm, or say what is missing.");
  }

  /** When an unconfirmed fulfilment closes by itself: business days of the service's calendar. */
  @Transactional(readOnly = true)
  public Instant autoCloseAt(String number) {
    ServiceRequest r = get(number);
    return calendars.calendar(services.get(r.serviceCode()).calendarId())
        .addBusinessDays(EngineClock.now(), properties.autoCloseBusinessDays());
  }

  /** The requester says it is not done: back to fulfilment, the clock runs again. */
  @Transactional
  public void reopen(String number, String reason) {
    ServiceRequest r = lock(number);
    if (r.status() != RequestStatus.FULFILLED) {
      return;
    }
    slaClocks.resume(number);
    repository.reopen(number);
    log(number, "reopened", reason == null ? "Not fulfilled" : reason);
  }

  /** @param how confirmed, auto-closed */
  @Transactional
  public void close(String number, String how) {
    ServiceRequest r = lock(number);
    if (r.status().isEnded()) {
      return;
    }
    slaClocks.stopAll(number);
    repository.end(number, RequestStatus.CLOSED, how, EngineClock.now());
    log(number, "closed", "Closed: " + how);
  }

  /** The fulfilling group cannot fulfil it (e.g. the item is no longer available). */
  @Transactional
  public void cancel(String number, String reason) {
    ServiceRequest r = lock(number);
    String text = Fields.text("fulfilmentNotes", reason, 4000);
    if (r.status().isEnded()) {
      return;
    }
    slaClocks.stopAll(number);
    repository.end(number, RequestStatus.CANCELLED, "cannot-fulfil", EngineClock.now());
    workLog.add(RecordType.REQUEST, number, "cancelled", text, Visibility.PUBLIC);
    tellRequester(r, "cancelled", number + " cannot be fulfilled: " + text);
  }

  @Transactional
  public void withdraw(String number, String reason) {
    ServiceRequest r = lock(number);
    String text = Fields.text("reason", reason, 4000);
    if (r.status().isEnded()) {
      return;
    }
    slaClocks.stopAll(number);
    repository.end(number, RequestStatus.WITHDRAWN, "withdrawn", EngineClock.now());
    log(number, "withdrawn", text);
  }


  @Transactional(readOnly = true)
  /** The requester's answers to the item's fields, in the item's order. */
  public Map<String, String> details(ServiceRequest r) {
    return repository.details(r);
  }

  public ServiceRequest get(String number) {
    return repository.find(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }


  @Transactional(readOnly = true)
  public List<ServiceRequest> find(String status, String item, String service, String requestedBy, int offset,
      int limit) {
    return repository.find(status == null ? null : Fields.oneOf("status", status, RequestStatus.class), item, service,
        requestedBy, offset, limit);
  }

  @Transactional(readOnly = true)
  public RequestItem item(String code) {
    return repository.item(code).orElseThrow(() -> new RecordNotFoundException("Request item", code));
  }

  @Transactional(readOnly = true)
  public List<WorkLogEntry> workLog(String number) {
    return workLog.of(number);
  }

  /** The SLA targets, once fulfilment has started (none while the request awaits approval). */
  @Transactional(readOnly = true)
  public List<SlaStatus> sla(String number) {
    return slaClocks.statusIfStarted(number);
  }

  private void tellRequester(ServiceRequest r, String what, String message) {
    notifier.send(new Notification("request:" + r.number() + ":" + what, RoleGroup.SERVICE_DESK.id(),
        "REQUESTER_UPDATE", r.number(), "Tell " + r.requestedBy() + ": " + r.number() + " " + what.split(":")[0],
        message));
  }

  private static Instant due(List<SlaStatus> sla) {
    return sla.stream().filter(s -> s.target().equals(SlaTarget.RESOLUTION.id())).findFirst().map(SlaStatus::dueAt)
        .orElse(null);
  }

  private ServiceRequest lock(String number) {
    return repository.lock(number).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }

  private void log(String number, String action, String text) {
    workLog.add(RecordType.REQUEST, number, action, text);
  }

  private String write(Map<String, String> details) {
    try {
      return json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
