package org.itsmflow.change;

import java.time.Instant;

/** Post-implementation review (8.5.1.3). @param effectiveness effective, partially-effective, not-effective */
public record ChangeReview(Instant reviewedAt, String reviewedBy, String effectiveness, String sideEffects,
    String lessons) {}
