package org.itsmflow.incident;

import java.time.Instant;

/** An incident record. */
public record Incident(
    String number, String title, String description, String serviceCode, String ciId, String category,
    int impact, int urgency, Integer priority, IncidentStatus status, String assignmentGroup, boolean major,
    String reportedBy, String channel, String resolutionCode, String resolution, Instant createdAt,
    Instant resolvedAt, Instant closedAt, String processInstanceId, String parentNumber) {}
