package org.itsmflow.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.event.EventType;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionManager;
import org.springframework.stereotype.Component;

/**
 * Camunda's event subscription manager without its search for jobs of an ended message
 * subscription. When a subscription ends, the engine looks for a job that delivers its event
 * asynchronously (ProcessEventJobHandler). Camunda 7.24 creates such jobs only for signal events
 * thrown asynchronously and for compensation: a message is always delivered in the command that
 * correlates it. For a message subscription the search found nothing and cost a statement; an
 * incident's lifecycle ends nine (issue 17). Signal and compensation subscriptions end as in the
 * engine. Check {@code EventSubscriptionEntity.eventReceived}'s callers when upgrading Camunda.
 */
@Component
public class MessageSubscriptions extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineLists.addSession(configuration, EventSubscriptionManager.class, Manager::new);
  }

  /** Ends a message subscription without the search; any other as the engine does. */
  public static class Manager extends EventSubscriptionManager {

    @Override
    public void deleteEventSubscription(EventSubscriptionEntity subscription) {
      if (subscription.isSubscriptionForEventType(EventType.MESSAGE)) {
        getDbEntityManager().delete(subscription);
      } else {
        super.deleteEventSubscription(subscription);
      }
    }
  }
}
