package org.itsmflow.change;

import java.time.Instant;

/** A change record (8.5.1); the affected CIs, decisions and work log are kept beside it. */
public record Change(
    String number, String title, String description, ChangeCategory category, String templateCode,
    String serviceCode, int impact, String requestedBy, String implementationGroup, String implementationPlan,
    String backoutPlan, boolean backoutTested, Instant plannedStart, Instant plannedEnd, String risk,
    String riskReason, String authority, ChangeStatus status, int revision, String scheduleConflicts,
    String outcome, String implementationNotes, Instant implementedAt, String problemNumber, String releaseNumber,
    Instant createdAt, Instant closedAt, String processInstanceId) {}
