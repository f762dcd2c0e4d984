package org.itsmflow.incident;

import java.time.Instant;

/** An incident record. */
public record Incident(
    String number, String title, String description, String serviceCode, String ciId, String category,
    int impact, int urgency, Integer priority, IncidentStatus status, String assignmentGroup, boolean major,
    String reportedBy, String channel, String resolutionCode, String resolution, Instant createdAt,
    Instant resolvedAt, Instant closedAt, String processInstanceId, String parentNumber) {

  Incident with(Integer newPriority, IncidentStatus newStatus, String group, boolean newMajor) {
    return new Incident(number, title, description, serviceCode, ciId, category, impact, urgency, newPriority,
        newStatus, group, newMajor, reportedBy, channel, resolutionCode, resolution, createdAt, resolvedAt, closedAt,
        processInstanceId, parentNumber);
  }

  /** Resolved (code, text and time set) or reopened (all three null). */
  Incident withResolution(IncidentStatus newStatus, String code, String text, Instant at) {
    return new Incident(number, title, description, serviceCode, ciId, category, impact, urgency, priority,
        newStatus, assignmentGroup, major, reportedBy, channel, code, text, createdAt, at, closedAt,
        processInstanceId, parentNumber);
  }

  Incident closed(Instant at) {
    return new Incident(number, title, description, serviceCode, ciId, category, impact, urgency, priority,
        IncidentStatus.CLOSED, assignmentGroup, major, reportedBy, channel, resolutionCode, resolution, createdAt,
        resolvedAt, at, processInstanceId, parentNumber);
  }

  Incident withParent(String parent) {
    return new Incident(number, title, description, serviceCode, ciId, category, impact, urgency, priority, status,
        assignmentGroup, major, reportedBy, channel, resolutionCode, resolution, createdAt, resolvedAt, closedAt,
        processInstanceId, parent);
  }
}
