package org.itsmflow.improvement;

import java.time.Instant;

/** An entry of the improvement register. */
public record Improvement(
    String number, String title, String description, String source, String sourceReference, String raisedBy,
    String benefit, String effort, String risk, String alignment, Integer priority, ImprovementStatus status,
    String decisionReason, String decidedBy, String ownerGroup, String expectedOutcome, String measure,
    String targetValue, Integer reviewDays, String implementationNotes, Instant implementedAt, Instant reviewAt,
    String actualValue, String actualOutcome, Boolean achieved, String lessons, int planRound, Instant createdAt,
    Instant closedAt, String processInstanceId) {}
