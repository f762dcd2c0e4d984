package org.itsmflow.release;

import java.time.Instant;

/** A release record. */
public record Release(
    String number, String title, String description, String type, ReleaseStatus status, int revision,
    String requestedBy, Instant windowStart, Instant windowEnd, String deploymentMode, String deploymentGroup,
    String buildVersion, String buildNotes, Instant deployedAt, String deploymentNotes, Instant earlyLifeUntil,
    Integer earlyLifeIncidents, String problemNumber, String failureReason, Instant createdAt, Instant closedAt,
    String processInstanceId) {}
