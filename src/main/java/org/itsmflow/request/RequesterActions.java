package org.itsmflow.request;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.itsmflow.platform.Fields;
import org.itsmflow.record.RecordProcess;
import org.itsmflow.record.Step;
import org.itsmflow.request.RequestController.AnswerRequest;
import org.itsmflow.request.RequestController.ApprovalRequest;
import org.itsmflow.request.RequestController.ConfirmationRequest;
import org.itsmflow.request.RequestProcess.Messages;
import org.itsmflow.request.RequestProcess.Variables;
import org.itsmflow.security.RoleGroup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a requester does with a request, whichever door they come through (the API, the portal,
 * e-mail): submit, answer, confirm or reopen, withdraw. The service desk may do it for them.
 */
@Service
class RequesterActions {

  static final Step APPROVE = Step.task("be approved", RequestProcess.Elements.APPROVE, RequestStatus.AWAITING_APPROVAL);
  static final Step ANSWER = Step.message("take an answer", Messages.INFORMATION_PROVIDED,
      RequestStatus.AWAITING_REQUESTER);
  static final Step CONFIRM = Step.message("be confirmed", Messages.CONFIRMED, RequestStatus.FULFILLED);
  static final Step REOPEN = Step.message("be reopened", Messages.REOPENED, RequestStatus.FULFILLED);
  static final Step WITHDRAW = Step.message("be withdrawn", Messages.WITHDRAWN, RequestStatus.SUBMITTED,
      RequestStatus.AWAITING_APPROVAL, RequestStatus.IN_FULFILMENT, RequestStatus.AWAITING_REQUESTER);

  private final Requests requests;
  private final RecordProcess tasks;

  RequesterActions(Requests requests, RecordProcess tasks) {
    this.requests = requests;
    this.tasks = tasks;
  }

  /** Records the request and starts its process in one transaction; returns its number. */
  @Transactional
  String submit(String itemCode, Map<String, String> details, String requestedBy, String managerId) {
    Requests.Submission s = requests.validate(new Requests.Submission(itemCode, details, requestedBy, managerId));
    // Transient: Task_RecordRequest writes the submission to the record in this transaction; the
    // engine never stores it (the forms read the record).
    VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValueTyped(Variables.ITEM_CODE, transientText(s.itemCode()))
        .putValueTyped(Variables.DETAILS, transientText(Variables.details(s.details())))
        .putValueTyped(Variables.REQUESTED_BY, transientText(s.requestedBy()))
        .putValueTyped(Variables.MANAGER_ID, transientText(s.managerId()));
    return tasks.start(RequestProcess.KEY, variables);
  }

  /** The approver's decision: only the approver named on the task (or its group) may (403). */
  @Transactional
  void approve(String number, ApprovalRequest body) {
    tasks.take(number, APPROVE, body, () -> Map.of(
        Variables.APPROVAL_DECISION, Fields.listed(body.decision()),
        Variables.APPROVAL_REASON, Fields.trimmed(body.reason())));
  }

  @Transactional
  void answer(String number, AnswerRequest body) {
    tasks.take(number, ANSWER, body, () -> {
      requireRequesterOrDesk(number);
      return Map.of(Variables.ANSWER, Fields.trimmed(body.answer()));
    });
  }

  @Transactional
  void confirm(String number, ConfirmationRequest body) {
    boolean confirmed = Boolean.TRUE.equals(body.confirmed());
    tasks.take(number, confirmed ? CONFIRM : REOPEN, body, () -> {
      requireRequesterOrDesk(number);
      return confirmed ? Map.of() : Map.of(Variables.REASON, Fields.text("comment", body.comment(), 4000));
    });
  }

  @Transactional
  void withdraw(String number, String reason) {
    tasks.take(number, WITHDRAW, () -> {
      requireRequesterOrDesk(number);
      return Map.of(Variables.REASON, Fields.text("reason", reason, 4000));
    });
  }

  private void requireRequesterOrDesk(String number) {
    tasks.requireCandidate(Set.of(RoleGroup.SERVICE_DESK.id()), Set.of(requests.get(number).requestedBy()));
  }

  private static StringValue transientText(String value) {
    return org.camunda.bpm.engine.variable.Variables.stringValue(value, true);
  }
}
