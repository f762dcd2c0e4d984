package org.itsmflow.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.itsmflow.platform.ActionNotAllowedException;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.ProcessTasks;
import org.itsmflow.request.RequestProcess.Elements;
import org.itsmflow.request.RequestProcess.Messages;
import org.itsmflow.request.RequestProcess.Variables;
import org.itsmflow.security.RoleGroup;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service request API. Requesters submit, answer questions, confirm and withdraw their own
 * requests (the service desk may for them); approvers and fulfilment groups complete their
 * tasks. Every action goes through the process in one transaction with the record.
 */
@RestController
@RequestMapping("/api/requests")
class RequestController {

  private final Requests requests;
  private final ProcessTasks tasks;
  private final CurrentUser currentUser;
  private final ObjectMapper json;

  RequestController(Requests requests, ProcessTasks tasks, CurrentUser currentUser, ObjectMapper json) {
    this.requests = requests;
    this.tasks = tasks;
    this.currentUser = currentUser;
    this.json = json;
  }

  record CreateRequest(String itemCode, Map<String, String> details, String requestedBy, String managerId) {}

  record ApprovalRequest(String decision, String reason) {}

  record FulfilmentRequest(String outcome, String notes, String question) {}

  record AnswerRequest(String answer) {}

  record ConfirmationRequest(Boolean confirmed, String comment) {}

  record ReasonRequest(String reason) {}

  record NoteRequest(String text) {}

  /** Records the request and starts its process in one transaction. */
  @PostMapping
  @Transactional
  ResponseEntity<RequestView> create(@RequestBody CreateRequest body) {
    if (body == null) {
      throw new InvalidFieldException("itemCode", "required");
    }
    Requests.Submission s = requests.validate(new Requests.Submission(body.itemCode(), body.details(),
        body.requestedBy(), body.managerId()));
    VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue(Variables.ITEM_CODE, s.itemCode())
        .putValue(Variables.DETAILS, Variables.details(s.details()))
        .putValue(Variables.REQUESTED_BY, s.requestedBy())
        .putValue(Variables.MANAGER_ID, s.managerId());
    String number = tasks.start(RequestProcess.KEY, variables);
    return ResponseEntity.created(URI.create("/api/requests/" + number)).body(view(number));
  }

  @GetMapping("/{number}")
  RequestView get(@PathVariable String number) {
    return view(number);
  }

  /** Filters: status, item, service, requestedBy (mine=true: the caller's own); newest first. */
  @GetMapping
  List<RequestView> list(@RequestParam(required = false) String status, @RequestParam(required = false) String item,
      @RequestParam(required = false) String service, @RequestParam(required = false) String requestedBy,
      @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Fields.Page slice = Fields.page(page, size);
    return requests.find(status, item, service, mine ? currentUser.id() : requestedBy, slice.offset(), slice.limit()).stream()
        .map(r -> RequestView.of(r, details(r), null, null)).toList();
  }

  @PostMapping("/{number}/approval")
  @Transactional
  RequestView approve(@PathVariable String number, @RequestBody ApprovalRequest body) {
    requests.require(number, "be approved", RequestStatus.AWAITING_APPROVAL);
    ApprovalRequest r = body == null ? new ApprovalRequest(null, null) : body;
    complete(number, "be approved", Elements.APPROVE, Map.of(
        Variables.APPROVAL_DECISION, Fields.oneOf("decision", r.decision(), List.of("approve", "reject")),
        Variables.APPROVAL_REASON, Fields.text("reason", r.reason(), 4000)));
    return view(number);
  }

  /** The fulfilling group: fulfilled (notes), need-info (question to the requester) or cannot-fulfil (notes). */
  @PostMapping("/{number}/fulfilment")
  @Transactional
  RequestView fulfil(@PathVariable String number, @RequestBody FulfilmentRequest body) {
    requests.require(number, "be fulfilled", RequestStatus.IN_FULFILMENT);
    FulfilmentRequest r = body == null ? new FulfilmentRequest(null, null, null) : body;
    String outcome = Fields.oneOf("outcome", r.outcome(),
        List.of(Variables.FULFILLED, Variables.NEED_INFO, Variables.CANNOT_FULFIL));
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.FULFILMENT_OUTCOME, outcome);
    if (outcome.equals(Variables.NEED_INFO)) {
      variables.put(Variables.QUESTION, Fields.text("question", r.question(), 4000));
    } else {
      variables.put(Variables.FULFILMENT_NOTES, Fields.text("notes", r.notes(), 4000));
    }
    complete(number, "be fulfilled", Elements.FULFIL, variables);
    return view(number);
  }

  /** The requester's answer to the fulfilling group's question. */
  @PostMapping("/{number}/information")
  @Transactional
  RequestView answer(@PathVariable String number, @RequestBody AnswerRequest body) {
    ServiceRequest r = requests.require(number, "take an answer", RequestStatus.AWAITING_REQUESTER);
    requireRequesterOrDesk(r);
    correlate(r, "take an answer", Messages.INFORMATION_PROVIDED,
        Map.of(Variables.ANSWER, Fields.text("answer", body == null ? null : body.answer(), 4000)));
    return view(number);
  }

  /** The requester confirms the fulfilment, or says it is not done (comment required then). */
  @PostMapping("/{number}/confirmation")
  @Transactional
  RequestView confirm(@PathVariable String number, @RequestBody ConfirmationRequest body) {
    ServiceRequest r = requests.require(number, "be confirmed", RequestStatus.FULFILLED);
    requireRequesterOrDesk(r);
    if (body == null || body.confirmed() == null) {
      throw new InvalidFieldException("confirmed", "true or false");
    }
    if (body.confirmed()) {
      correlate(r, "be confirmed", Messages.CONFIRMED, Map.of());
    } else {
      correlate(r, "be reopened", Messages.REOPENED,
          Map.of(Variables.REASON, Fields.text("comment", body.comment(), 4000)));
    }
    return view(number);
  }

  @PostMapping("/{number}/withdraw")
  @Transactional
  RequestView withdraw(@PathVariable String number, @RequestBody(required = false) ReasonRequest body) {
    ServiceRequest r = requests.require(number, "be withdrawn", RequestStatus.SUBMITTED,
        RequestStatus.AWAITING_APPROVAL, RequestStatus.IN_FULFILMENT, RequestStatus.AWAITING_REQUESTER);
    requireRequesterOrDesk(r);
    correlate(r, "be withdrawn", Messages.WITHDRAWN,
        Map.of(Variables.REASON, Fields.text("reason", body == null ? null : body.reason(), 4000)));
    return view(number);
  }

  @PostMapping("/{number}/work-notes")
  @Transactional
  RequestView addWorkNote(@PathVariable String number, @RequestBody NoteRequest body) {
    ServiceRequest r = requests.get(number);
    if (r.status().isEnded()) {
      throw new ActionNotAllowedException(number, r.status().id(), "add a work note");
    }
    tasks.requireCandidate(Set.of(r.fulfilmentGroup(), RoleGroup.SERVICE_DESK.id()), Set.of());
    correlate(r, "add a work note", Messages.WORK_NOTE_ADDED,
        Map.of(Variables.NOTE, Fields.text("text", body == null ? null : body.text(), 4000)));
    return view(number);
  }

  private void requireRequesterOrDesk(ServiceRequest r) {
    tasks.requireCandidate(Set.of(RoleGroup.SERVICE_DESK.id()), Set.of(r.requestedBy()));
  }

  private void complete(String number, String action, String taskKey, Map<String, Object> variables) {
    tasks.completeOpen(number, () -> requests.get(number).status().id(), action, taskKey, variables);
  }

  private void correlate(ServiceRequest r, String action, String message, Map<String, Object> variables) {
    tasks.correlate(r.number(), r.status().id(), action, message, variables);
  }

  private Map<String, String> details(ServiceRequest r) {
    try {
      return json.readValue(r.details(), new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private RequestView view(String number) {
    ServiceRequest r = requests.get(number);
    return RequestView.of(r, details(r), requests.sla(number), requests.workLog(number));
  }
}
