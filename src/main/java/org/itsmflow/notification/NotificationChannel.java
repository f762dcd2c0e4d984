package org.itsmflow.notification;

/** A further way to deliver a notification once it is recorded (e-mail, chat, ...). */
public interface NotificationChannel {

  /**
   * Called after the notification's transaction committed, and again by notification-delivery
   * while it fails: throws when the notification could not be delivered.
   */
  void deliver(Notification notification);
}
