package org.itsmflow.release;

import java.time.Instant;

/** A build's test evidence: passed or failed, who tested and when. */
public record ReleaseTest(int revision, String buildVersion, String result, String evidence, Instant testedAt,
    String testedBy) {}
