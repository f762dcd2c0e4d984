package org.itsmflow.request;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.validation.OneOf;
import org.itsmflow.platform.validation.Text;
import org.itsmflow.record.RecordProcess;
import org.itsmflow.record.Step;
import org.itsmflow.request.RequestProcess.Elements;
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
  private final RecordProcess tasks;
  private final CurrentUser currentUser;
  private final RequesterActions requester;

  RequestController(Requests requests, RecordProcess tasks, CurrentUser currentUser,
      RequesterActions requester) {
    this.requests = requests;
    this.tasks = tasks;
    this.currentUser = currentUser;
    this.requester = requester;
  }

  record CreateRequest(String itemCode, Map<String, String> details, String requestedBy, String managerId) {}

  record ApprovalRequest(@OneOf({"approve", "reject"}) String decision, @Text(max = 4000) String reason) {}

  record FulfilmentRequest(@OneOf({"fulfilled", "need-info", "cannot-fulfil"}) String outcome, String notes,
      String question) {}

  record AnswerRequest(@Text(max = 4000) String answer) {}

  record ConfirmationRequest(@NotNull(message = "true or false") Boolean confirmed, String comment) {}

  /** The body is optional (a missing body says: reason required). */
  record ReasonRequest(String reason) {}

  /** A work note: internal (staff only) unless {@code visibility} is {@code public}. */
  record NoteRequest(@Text(max = 4000) String text,
      @OneOf(value = {"internal", "public"}, optional = true) String visibility) {}

  /** Records the request and starts its process in one transaction. */
  @PostMapping
  @Transactional
  ResponseEntity<RequestView> create(@RequestBody CreateRequest body) {
    if (body == null) {
      throw new InvalidFieldException("itemCode", "required");
    }
    String number = requester.submit(body.itemCode(), body.details(), body.requestedBy(), body.managerId());
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
        .map(r -> RequestView.of(r, requests.details(r), null, null)).toList();
  }

  static final Step FULFIL = Step.task("be fulfilled", Elements.FULFIL, RequestStatus.IN_FULFILMENT);

  @PostMapping("/{number}/approval")
  @Transactional
  RequestView approve(@PathVariable String number, @RequestBody ApprovalRequest body) {
    requester.approve(number, body);
    return view(number);
  }

  /** The fulfilling group: fulfilled (notes), need-info (question to the requester) or cannot-fulfil (notes). */
  @PostMapping("/{number}/fulfilment")
  @Transactional
  RequestView fulfil(@PathVariable String number, @RequestBody FulfilmentRequest body) {
    FulfilmentRequest r = body;
    tasks.take(number, FULFIL, body, () -> {
      // The question goes with need-info, the notes with the other outcomes.
      String outcome = Fields.listed(r.outcome());
      return outcome.equals(Variables.NEED_INFO)
          ? Map.of(Variables.FULFILMENT_OUTCOME, outcome, Variables.QUESTION, Fields.text("question", r.question(), 4000))
          : Map.of(Variables.FULFILMENT_OUTCOME, outcome, Variables.FULFILMENT_NOTES, Fields.text("notes", r.notes(), 4000));
    });
    return view(number);
  }

  /** The requester's answer to the fulfilling group's question. */
  @PostMapping("/{number}/information")
  @Transactional
  RequestView answer(@PathVariable String number, @RequestBody AnswerRequest body) {
    requester.answer(number, body);
    return view(number);
  }

  /** The requester confirms the fulfilment, or says it is not done (comment required then). */
  @PostMapping("/{number}/confirmation")
  @Transactional
  RequestView confirm(@PathVariable String number, @RequestBody ConfirmationRequest body) {
    requester.confirm(number, body);
    return view(number);
  }

  @PostMapping("/{number}/withdraw")
  @Transactional
  RequestView withdraw(@PathVariable String number, @RequestBody(required = false) ReasonRequest body) {
    requester.withdraw(number, body == null ? null : body.reason());
    return view(number);
  }

  /** Staff of the fulfilling group and the service desk add work notes. */
  @PostMapping("/{number}/work-notes")
  @Transactional
  RequestView addWorkNote(@PathVariable String number, @RequestBody NoteRequest body) {
    tasks.addWorkNote(number, body, () -> {
      tasks.requireCandidate(Set.of(requests.get(number).fulfilmentGroup(), RoleGroup.SERVICE_DESK.id()), Set.of());
      return Fields.trimmed(body.text());
    }, body.visibility());
    return view(number);
  }

  private RequestView view(String number) {
    ServiceRequest r = requests.get(number);
    return RequestView.of(r, requests.details(r), requests.sla(number), requests.workLog(number));
  }
}
