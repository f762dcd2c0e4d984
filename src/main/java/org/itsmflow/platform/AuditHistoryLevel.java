package org.itsmflow.platform;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * Camunda's FULL history without what serves no audit (issue 17): each change of a variable's
 * value (its final value stays, as do our records' own work logs) and the job log of jobs that
 * were created, ran and were deleted (a failed job is still logged). Everything an auditor reads
 * stays: who started, claimed and completed what and when, every activity, every decision with
 * its inputs and outputs, the operation log.
 *
 * <p>It keeps FULL's name and id: an existing database, written at FULL, starts with it unchanged,
 * and the engine's own checks for FULL hold for it ({@link #equals}).
 */
public class AuditHistoryLevel extends HistoryLevelFull {

  static final Set<HistoryEventType> LEFT_OUT = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
      HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE);

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return !LEFT_OUT.contains(eventType) && super.isHistoryEventProduced(eventType, entity);
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
