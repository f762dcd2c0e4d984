package org.itsmflow.notification;

/**
 * A message to a group.
 *
 * @param dedupKey the same key is delivered once, however often it is sent (e.g.
 *     "INC-000001/resolution/warning")
 * @param kind what happened, e.g. SLA_WARNING
 * @param recordRef the record it is about, e.g. INC-000001
 */
public record Notification(
    String dedupKey, String recipientGroup, String kind, String recordRef, String subject, String body) {}
