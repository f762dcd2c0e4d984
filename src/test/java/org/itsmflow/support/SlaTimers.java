package org.itsmflow.support;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.itsmflow.sla.SlaDeadline;

/** The SLA deadlines' timers of a record's process, as the tests look at them. */
public final class SlaTimers {

  private SlaTimers() {}

  /** When each deadline's timer falls due; a deadline whose scope is not active has none. */
  public static Map<SlaDeadline, Instant> of(ProcessEngine engine, String processInstanceId) {
    Map<SlaDeadline, Instant> due = new EnumMap<>(SlaDeadline.class);
    for (SlaDeadline deadline : SlaDeadline.values()) {
      Job timer = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
          .activityId(deadline.timerId()).singleResult();
      if (timer != null) {
        due.put(deadline, timer.getDuedate().toInstant());
      }
    }
    return due;
  }
}
