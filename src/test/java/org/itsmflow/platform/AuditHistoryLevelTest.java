package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.Test;

/** What the audit history keeps and leaves out, without an engine. */
@Iso20000("7.5")
class AuditHistoryLevelTest {

  private final AuditHistoryLevel level = new AuditHistoryLevel();

  @Test
  void keepsWhatAnAuditorReads() {
    for (HistoryEventTypes kept : new HistoryEventTypes[] {HistoryEventTypes.PROCESS_INSTANCE_START,
        HistoryEventTypes.ACTIVITY_INSTANCE_END, HistoryEventTypes.TASK_INSTANCE_CREATE,
        HistoryEventTypes.TASK_INSTANCE_UPDATE, HistoryEventTypes.TASK_INSTANCE_COMPLETE,
        HistoryEventTypes.IDENTITY_LINK_ADD, HistoryEventTypes.DMN_DECISION_EVALUATE,
        HistoryEventTypes.USER_OPERATION_LOG, HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
        HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.INCIDENT_CREATE, HistoryEventTypes.JOB_FAIL}) {
      assertThat(level.isHistoryEventProduced(kept, null)).as(kept.getEventName()).isTrue();
    }
  }

  @Test
  void leavesOutValueChangesAndTheLogOfJobsThatRan() {
    for (HistoryEventTypes left : new HistoryEventTypes[] {HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
        HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE}) {
      assertThat(level.isHistoryEventProduced(left, null)).as(left.getEventName()).isFalse();
    }
  }

  @Test
  void isFullToTheDatabaseAndTheEngine() {
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(level.getName()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getName());
    assertThat(level.equals(HistoryLevel.HISTORY_LEVEL_FULL)).isTrue();
    assertThat(level.equals(HistoryLevel.HISTORY_LEVEL_AUDIT)).isFalse();
  }
}
