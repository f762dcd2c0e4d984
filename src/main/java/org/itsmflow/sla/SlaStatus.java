package org.itsmflow.sla;

import java.time.Instant;

/**
 * One SLA target as GET /api/.../sla shows it: every deadline, not only the nearest.
 *
 * @param state running, paused, met or breached
 * @param remainingMinutes business minutes left (negative when over the target)
 */
public record SlaStatus(
    String target, String state, int priority, String serviceCode, String calendarId, long targetMinutes,
    int warningPercent, Instant startedAt, Instant warningAt, Instant dueAt, long elapsedMinutes,
    long remainingMinutes, Instant warnedAt, Instant breachedAt, Instant stoppedAt) {}
