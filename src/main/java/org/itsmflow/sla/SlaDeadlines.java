package org.itsmflow.sla;

import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The deadlines of a record's clocks as timers of its own process: their dates when the scope that
 * holds them starts, and moved (ManagementService) whenever a clock changes, in the same transaction.
 */
@Component
class SlaDeadlines {

  private final ManagementService managementService;

  SlaDeadlines(ManagementService managementService) {
    this.managementService = managementService;
  }

  /** When each deadline of these clocks falls due ({@link SlaDeadline#NOT_PENDING} for one not pending). */
  static Map<SlaDeadline, Instant> of(List<SlaClock> clocks) {
    Map<SlaDeadline, Instant> plan = new EnumMap<>(SlaDeadline.class);
    for (SlaDeadline deadline : SlaDeadline.values()) {
      plan.put(deadline, SlaDeadline.NOT_PENDING);
    }
    for (SlaClock clock : clocks) {
      plan.put(SlaDeadline.of(clock.target(), false), SlaDeadline.of(clock.target(), false).dueAt(clock));
      plan.put(SlaDeadline.of(clock.target(), true), SlaDeadline.of(clock.target(), true).dueAt(clock));
    }
    return plan;
  }

  /**
   * For the timers the scope about to start creates: transient variables, gone with the transaction,
   * so that the deadlines are kept once, in the clocks.
   */
  static void show(VariableScope scope, Map<SlaDeadline, Instant> plan) {
    plan.forEach((deadline, at) ->
        scope.setVariable(deadline.variable(), Variables.stringValue(SlaDeadline.cycle(at), true)));
  }

  /** Moves the timers of the record's process to the plan; a timer already there is left alone. */
  void move(String processInstanceId, Map<SlaDeadline, Instant> plan) {
    for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
      Optional<SlaDeadline> deadline = activity(job).flatMap(SlaDeadline::of);
      if (deadline.isPresent() && !Date.from(plan.get(deadline.get())).equals(job.getDuedate())) {
        managementService.setJobDuedate(job.getId(), Date.from(plan.get(deadline.get())));
      }
    }
  }

  /**
   * A timer job's activity: its handler configuration, {@code <activity id>} (for an event
   * subprocess's timer start event, the subprocess) with an optional {@code $} suffix. The public Job type does not carry it, and a query per deadline would cost
   * four statements where one does.
   */
  private static Optional<String> activity(Job job) {
    if (job instanceof JobEntity entity && entity.getJobHandlerConfigurationRaw() != null) {
      return Optional.of(entity.getJobHandlerConfigurationRaw().split("\\$")[0]);
    }
    return Optional.empty();
  }
}
