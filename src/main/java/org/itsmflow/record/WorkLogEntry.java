package org.itsmflow.record;

import java.time.Instant;

/** One line of a record's work log, whatever the record type: who did what, when. */
public record WorkLogEntry(Instant at, String by, String action, String text) {}
