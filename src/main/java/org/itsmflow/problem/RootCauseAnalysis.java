package org.itsmflow.problem;

import java.time.Instant;

/** One root cause analysis of a problem: how it was done, what was found, who and when. */
public record RootCauseAnalysis(String method, String causeCategory, String findings, String rootCause,
    Instant recordedAt, String recordedBy) {}
