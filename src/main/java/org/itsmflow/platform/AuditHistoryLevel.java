package org.itsmflow.platform;

import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;

/**
 * Camunda's FULL history without what serves no audit (issue 17): each change of a variable's
 * value (its final value stays, as do our records' own work logs) and the job log of jobs that
 * were created, ran and were deleted (a failed job is still logged), and the passing of gateways
 * (the step after a gateway shows the way taken; a gateway's row said only that it was passed).
 * Everything an auditor reads stays: who started, claimed and completed what and when, every
 * task, event and subprocess, every decision with its inputs and outputs, the operation log.
 *
 * <p>It keeps FULL's name and id: an existing database, written at FULL, starts with it unchanged,
 * and the engine's own checks for FULL hold for it ({@link #equals}).
 */
public class AuditHistoryLevel extends HistoryLevelFull {

  static final Set<HistoryEventType> LEFT_OUT = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
      HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE);

  /** The activity instance events, which the engine asks for with the execution at the activity. */
  static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
      HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_END,
      HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE);

  static final Set<String> GATEWAYS = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_INCLUSIVE,
      ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.GATEWAY_COMPLEX, ActivityTypes.GATEWAY_EVENT_BASED);

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return !LEFT_OUT.contains(eventType) && !(ACTIVITY_EVENTS.contains(eventType) && atGateway(entity))
        && super.isHistoryEventProduced(eventType, entity);
  }

  /** Whether the execution is at a gateway; at parse time (no execution) the engine asks in general: no. */
  private static boolean atGateway(Object entity) {
    if (entity instanceof PvmExecutionImpl execution) {
      PvmActivity activity = execution.getActivity();
      return activity != null && GATEWAYS.contains(activity.getProperty("type"));
    }
    return false;
  }

  /** Equal to FULL, which the engine compares its level with (AbstractHistoricManager). */
  @Override
  public boolean equals(Object other) {
    return other instanceof HistoryLevel level && level.getId() == getId();
  }

  @Override
  public int hashCode() {
    return getId();
  }
}
