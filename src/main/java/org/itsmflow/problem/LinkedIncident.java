package org.itsmflow.problem;

import java.time.Instant;

/** An incident that waits on a problem. */
public record LinkedIncident(String number, String title, String status, String ciId, Instant linkedAt,
    String linkedBy) {}
