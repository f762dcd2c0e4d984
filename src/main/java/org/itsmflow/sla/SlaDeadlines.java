package org.itsmflow.sla;

import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The deadlines of a record's clocks as timers of its own process: their dates when the scope that
 * holds them starts, and moved (ManagementService) whenever a clock changes, in the same transaction
 * (inside an engine command: at its end, before the engine writes).
 */
@Component
class SlaDeadlines {

  private final ManagementService managementService;
  /** Moves waiting for the end of their engine command; the engine drops a command it has closed. */
  private final Map<CommandContext, PendingMoves> pending = new WeakHashMap<>();

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

  /**
   * Moves the timers of the record's process to the plan; a timer already there is left alone.
   * Inside an engine command (a step of the record's process) the move waits for the end of the
   * command: the last plan of the command is the one that holds, and a timer whose scope ended in
   * the command (resolving an incident ends its investigation and the deadlines in it) is neither
   * read again nor moved just before the engine deletes it.
   */
  void move(String processInstanceId, Map<SlaDeadline, Instant> plan) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      moveNow(processInstanceId, plan, null);
      return;
    }
    synchronized (pending) {
      pending.computeIfAbsent(command, c -> {
        PendingMoves moves = new PendingMoves();
        c.registerCommandContextListener(moves);
        return moves;
      }).plans.put(processInstanceId, plan);
    }
  }

  private void moveNow(String processInstanceId, Map<SlaDeadline, Instant> plan, CommandContext ending) {
    for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
      Optional<SlaDeadline> deadline = activity(job).flatMap(SlaDeadline::of);
      if (deadline.isPresent() && !deletedIn(ending, job)
          && !Date.from(plan.get(deadline.get())).equals(job.getDuedate())) {
        managementService.setJobDuedate(job.getId(), Date.from(plan.get(deadline.get())));
      }
    }
  }

  /** Whether the ending command deleted the job (its scope ended); the database still has it until the flush. */
  private static boolean deletedIn(CommandContext ending, Job job) {
    return ending != null && job instanceof JobEntity entity
        && ending.getDbEntityManager().getDbEntityCache().isDeleted(entity);
  }

  /** The plans of one command, by process instance, applied when the command has done its work. */
  private final class PendingMoves implements CommandContextListener {

    private final Map<String, Map<SlaDeadline, Instant>> plans = new LinkedHashMap<>();

    @Override
    public void onCommandContextClose(CommandContext command) {
      synchronized (pending) {
        pending.remove(command);
      }
      // A consequence of a change the caller was allowed to make, as the move in the step was.
      command.runWithoutAuthorization(() -> {
        plans.forEach((processInstanceId, plan) -> moveNow(processInstanceId, plan, command));
        return null;
      });
    }

    @Override
    public void onCommandFailed(CommandContext command, Throwable failure) {
      synchronized (pending) {
        pending.remove(command);
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
