package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** Health is out of service until the application is ready (its runners done), then up. */
class StartupHealthTest {

  @Test
  void outOfServiceUntilTheStartUpWorkIsDone() {
    StartupHealth health = new StartupHealth();

    assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    assertThat(health.health().getDetails()).containsKey("startup");

    health.onApplicationEvent(null);

    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
  }
}
