package org.itsmflow.notification;

import java.time.Instant;

/** A notification as kept in our table and listed by GET /api/notifications. */
public record StoredNotification(
    long id, Instant createdAt, String recipientGroup, String kind, String recordRef, String subject, String body) {}
