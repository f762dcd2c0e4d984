package org.itsmflow.incident;

import java.time.Instant;

/** One line of an incident's work log: who did what, when. */
public record WorkLogEntry(Instant at, String by, String action, String text) {}
