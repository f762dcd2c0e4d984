package org.itsmflow.request;

import java.time.Instant;

/** A service request record; {@code details} holds the requester's answers to the item's fields as JSON. */
public record ServiceRequest(
    String number, String itemCode, String serviceCode, String title, String details, String requestedBy,
    String managerId, RequestStatus status, Boolean approvalRequired, String approver, String approvalDecision,
    String approvalReason, String approvedBy, Instant approvedAt, String fulfilmentGroup, String fulfilmentNotes,
    Instant fulfilledAt, String question, String closeCode, Instant createdAt, Instant closedAt,
    String processInstanceId) {}
