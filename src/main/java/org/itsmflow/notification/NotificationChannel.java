package org.itsmflow.notification;

/** A further way to deliver a notification once it is recorded (e-mail, chat, ...). */
public interface NotificationChannel {

  /** Called after the notification's transaction committed; failures are logged, not retried. */
  void deliver(Notification notification);
}
