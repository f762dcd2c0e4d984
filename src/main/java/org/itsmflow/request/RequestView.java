package org.itsmflow.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.sla.SlaStatus;

/** GET /api/requests/{number}: the record with the requester's answers, its SLA targets and work log. */
public record RequestView(
    String number, String itemCode, String serviceCode, String title, Map<String, String> details,
    String requestedBy, String managerId, String status, Boolean approvalRequired, String approver,
    String approvalDecision, String approvalReason, String approvedBy, Instant approvedAt, String fulfilmentGroup,
    String fulfilmentNotes, Instant fulfilledAt, String question, String closeCode, Instant createdAt,
    Instant closedAt, String processInstanceId, List<SlaStatus> sla, List<WorkLogEntry> workLog) {

  static RequestView of(ServiceRequest r, Map<String, String> details, List<SlaStatus> sla,
      List<WorkLogEntry> workLog) {
    return new RequestView(r.number(), r.itemCode(), r.serviceCode(), r.title(), details, r.requestedBy(),
        r.managerId(), r.status().id(), r.approvalRequired(), r.approver(), r.approvalDecision(),
        r.approvalReason(), r.approvedBy(), r.approvedAt(), r.fulfilmentGroup(), r.fulfilmentNotes(),
        r.fulfilledAt(), r.question(), r.closeCode(), r.createdAt(), r.closedAt(), r.processInstanceId(), sla,
        workLog);
  }
}
