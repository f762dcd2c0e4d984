package org.itsmflow.release;

import java.time.Instant;

/** One group's acceptance or rejection of a release revision. */
public record ReleaseAcceptance(int revision, String groupId, String decision, String reason, Instant decidedAt,
    String decidedBy) {}
