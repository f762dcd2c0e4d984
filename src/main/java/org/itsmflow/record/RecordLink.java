package org.itsmflow.record;

import java.time.Instant;

/**
 * A link seen from one record: {@code kind} as it reads from this record ("INC-000007 caused-by
 * CHG-000002" reads "causes" from the change), the other record, and who linked them when.
 */
public record RecordLink(long id, String kind, String number, String type, Instant linkedAt, String linkedBy) {}
