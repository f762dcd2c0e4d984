package org.itsmflow.platform;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * /actuator/health says OUT_OF_SERVICE (503) until the start-up work is done: the web server
 * answers while the role groups, the admin, Tasklist's filters, the models and the demo data are
 * still being set up (the application's runners), and a load balancer or an operator reading
 * UP then would send work to a node that cannot do it yet. The readiness probe says the same.
 */
@Component("startup")
class StartupHealth implements HealthIndicator, ApplicationListener<ApplicationReadyEvent> {

  private volatile boolean ready;

  @Override
  public Health health() {
    return ready ? Health.up().build() : Health.outOfService()
        .withDetail("startup", "setting up groups, the admin, Tasklist's filters and the models").build();
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    ready = true;
  }
}
