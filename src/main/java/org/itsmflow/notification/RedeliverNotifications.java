package org.itsmflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** notification-delivery, Task_RedeliverNotifications: what a channel could not deliver is tried again. */
@Component("redeliverNotifications")
class RedeliverNotifications implements JavaDelegate {

  /** How many notifications this run delivered (Cockpit shows it in the instance's history). */
  static final String DELIVERED = "delivered";

  private final NotificationLog log;

  RedeliverNotifications(NotificationLog log) {
    this.log = log;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(DELIVERED, log.redeliver());
  }
}
