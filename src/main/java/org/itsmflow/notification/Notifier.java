package org.itsmflow.notification;

/** Sends notifications; every implementation delivers a dedup key at most once. */
public interface Notifier {

  /** @return true when delivered now, false when this dedup key was delivered before */
  boolean send(Notification notification);
}
