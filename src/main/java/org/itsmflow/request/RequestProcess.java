package org.itsmflow.request;

import org.itsmflow.platform.RecordKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.tasklist.TasklistVariables;

/**
 * processes/service-request.bpmn: its key, decision, messages, element ids and variables,
 * declared once for the delegates, the REST API and the tests.
 */
public final class RequestProcess {

  public static final String KEY = ProcessCatalog.SERVICE_REQUEST;

  public static final class Decisions {
    public static final String APPROVAL = "request-approval";

    private Decisions() {}
  }

  public static final class Messages {
    public static final String INFORMATION_PROVIDED = "RequestInformationProvided";
    public static final String CONFIRMED = "RequestConfirmed";
    public static final String REOPENED = "RequestReopened";
    public static final String WITHDRAWN = "RequestWithdrawn";
    public static final String WORK_NOTE_ADDED = "RequestWorkNoteAdded";

    private Messages() {}
  }

  public static final class Elements {
    public static final String APPROVE = "Task_ApproveRequest";
    public static final String FULFIL = "Task_FulfilRequest";
    public static final String REQUESTER_ANSWERED = "Event_RequesterAnswered";
    public static final String AWAIT_CONFIRMATION = "Gateway_AwaitConfirmation";
    public static final String AUTO_CLOSE_DUE = "Event_AutoCloseDue";
    public static final String CLOSED = "Event_RequestClosed";
    public static final String AUTO_CLOSED = "Event_RequestAutoClosed";
    public static final String REJECTED = "Event_RequestRejected";
    public static final String CANCELLED = "Event_RequestCancelled";
    public static final String WITHDRAWN = "Event_RequestWithdrawn";

    private Elements() {}
  }

  public static final class Variables {
    public static final String NUMBER = TasklistVariables.RECORD_NUMBER;
    public static final String TITLE = TasklistVariables.RECORD_TITLE;
    public static final String PRIORITY = TasklistVariables.PRIORITY;
    public static final String SLA_DUE_AT = TasklistVariables.SLA_DUE_AT;
    // The submission (start form or POST /api/requests).
    public static final String ITEM_CODE = "itemCode";
    /** The answers to the item's fields, one "key: value" per line. */
    public static final String DETAILS = "details";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String MANAGER_ID = "managerId";
    // request-approval.
    public static final String ITEM_APPROVAL = "itemApproval";
    public static final String COST = "cost";
    public static final String REQUESTER_ROLE = "requesterRole";
    public static final String APPROVAL_POLICY = "approvalPolicy";
    public static final String APPROVAL_REQUIRED = "approvalRequired";
    public static final String APPROVER_USER = "approverUser";
    public static final String APPROVER_GROUP = "approverGroup";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_REASON = "approvalReason";
    // Fulfilment.
    public static final String FULFILMENT_GROUP = "fulfilmentGroup";
    public static final String FULFILMENT_OUTCOME = "fulfilmentOutcome";
    public static final String FULFILMENT_NOTES = "fulfilmentNotes";
    public static final String QUESTION = "question";
    public static final String ANSWER = "answer";
    public static final String AUTO_CLOSE_AT = "autoCloseAt";
    public static final String REASON = "reason";
    public static final String NOTE = "note";
    public static final String FULFILLED = "fulfilled";
    public static final String NEED_INFO = "need-info";
    public static final String CANNOT_FULFIL = "cannot-fulfil";
    // Shown on the forms.
    public static final String ITEM_NAME = "itemName";
    public static final String INSTRUCTIONS = "instructions";
    public static final String SERVICE_CODE = "serviceCode";
    public static final String STATUS = "status";

    /**
     * What the flow keeps (the approval decision's inputs, the approver and fulfilment group, the
     * auto-close timer, Tasklist's lists); a step's other input is transient (RecordProcessVariables).
     */
    static final Set<String> FLOW = Set.of(NUMBER, TITLE, PRIORITY, SLA_DUE_AT, ITEM_APPROVAL, COST, REQUESTER_ROLE,
        APPROVAL_POLICY, APPROVAL_REQUIRED, APPROVER_USER, APPROVER_GROUP, FULFILMENT_GROUP, AUTO_CLOSE_AT);

    /** The submission's fields: the record keeps them, the forms read them from there (RequestVariables). */
    static final List<String> RECORD_ONLY = List.of(ITEM_CODE, DETAILS, REQUESTED_BY, MANAGER_ID);

    private Variables() {}

    /** The record's number: the business key, never the variable a submission could overwrite. */
    static String number(VariableScope scope) {
      return RecordKey.of(scope);
    }

    /** "key: value" lines (form or API) as a map; 400 naming details for a line without a colon. */
    static Map<String, String> details(String text) {
      Map<String, String> details = new LinkedHashMap<>();
      if (text == null) {
        return details;
      }
      for (String line : text.split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw new InvalidFieldException(DETAILS, "one \"field: value\" per line; \"" + line.trim() + "\" has no field");
        }
        details.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
      return details;
    }

    static String details(Map<String, String> details) {
      StringBuilder text = new StringBuilder();
      details.forEach((key, value) -> text.append(key).append(": ").append(value == null ? "" : value).append('\n'));
      return text.toString().trim();
    }
  }

  private RequestProcess() {}
}
