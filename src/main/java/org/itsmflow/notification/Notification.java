package org.itsmflow.notification;

/**
 * A message to a group, or to one person (the requester of a ticket).
 *
 * @param dedupKey the same key is delivered once, however often it is sent (e.g.
 *     "INC-000001/resolution/warning")
 * @param recipientGroup the group whose members get it; null for a message to one person
 * @param kind what happened, e.g. SLA_WARNING
 * @param recordRef the record it is about, e.g. INC-000001
 * @param recipientUser the one person who gets it (their e-mail address in the user store); null for a group
 */
public record Notification(
    String dedupKey, String recipientGroup, String kind, String recordRef, String subject, String body,
    String recipientUser) {

  /** To the members of a group. */
  public Notification(String dedupKey, String recipientGroup, String kind, String recordRef, String subject,
      String body) {
    this(dedupKey, recipientGroup, kind, recordRef, subject, body, null);
  }

  /** To one person. */
  public static Notification toUser(String dedupKey, String userId, String kind, String recordRef, String subject,
      String body) {
    return new Notification(dedupKey, null, kind, recordRef, subject, body, userId);
  }

  /** Who gets it, for logs: the group, or the person. */
  public String recipient() {
    return recipientUser != null ? "user " + recipientUser : recipientGroup;
  }
}
