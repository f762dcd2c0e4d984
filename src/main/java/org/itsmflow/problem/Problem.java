package org.itsmflow.problem;

import java.time.Instant;

/** A problem record. */
public record Problem(
    String number, String title, String description, String serviceCode, ProblemSource source, String trendKey,
    String raisedBy, String category, Integer impact, Integer urgency, Integer priority, Integer targetDays,
    Instant targetAt, String escalationGroup, Instant escalatedAt, ProblemStatus status, String causeCategory,
    String rootCause, String workaround, String fixChange, String fixNotes, Instant fixedAt, Instant verifyUntil,
    String closureCode, String closureNotes, Instant createdAt, Instant closedAt, String processInstanceId,
    String releaseNumber) {}
