package org.itsmflow.notification;

import java.time.Instant;

/** A notification as kept in our table and listed by GET /api/notifications. */
public record StoredNotification(
    long id, Instant createdAt, String recipientGroup, String kind, String recordRef, String subject, String body,
    Delivery delivery) {

  /**
   * How its channels (e-mail) delivered it: {@code deliveredAt} null while it is still tried again
   * (see processes/notification-delivery.bpmn), with how often it was tried and why it last failed.
   */
  public record Delivery(Instant deliveredAt, int attempts, String lastError) {}
}
