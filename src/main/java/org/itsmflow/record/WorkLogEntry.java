package org.itsmflow.record;

import java.time.Instant;

/**
 * One line of a record's work log, whatever the record type: who did what, when, and whether
 * the requester may read it ({@code public}) or only staff ({@code internal}).
 */
public record WorkLogEntry(Instant at, String by, String action, String text, String visibility) {}
