package org.itsmflow.platform;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The current time as the process engine sees it. Records and SLA arithmetic use it instead of
 * the system clock, so that tests which move the engine clock move everything together.
 */
public final class EngineClock {

  private EngineClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
