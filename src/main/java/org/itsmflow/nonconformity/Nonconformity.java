package org.itsmflow.nonconformity;

import java.time.Instant;

/** A nonconformity with its correction, cause, corrective action and effectiveness review. */
public record Nonconformity(
    String number, String title, String description, String source, String clause, String severity,
    String detectedBy, NonconformityStatus status, String correction, String cause, String action,
    String actionOwner, Instant actionDue, String actionNotes, Instant actionDoneAt, Instant reviewAt,
    Boolean effective, String reviewEvidence, int round, Instant createdAt, Instant closedAt,
    String processInstanceId) {}
