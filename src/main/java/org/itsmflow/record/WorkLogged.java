package org.itsmflow.record;

import java.time.Instant;

/**
 * An entry was added to a record's work log, in the transaction that acts on the record: what
 * listeners (the requester's e-mails) need to tell about it, without the record's process
 * package knowing them.
 */
public record WorkLogged(RecordType type, String number, String action, String text, Visibility visibility,
    String by, Instant at) {}
