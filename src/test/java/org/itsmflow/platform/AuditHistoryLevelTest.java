package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
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
  void leavesOutThePassingOfGatewaysButNoOtherStep() {
    HistoryEventTypes[] activityEvents = {HistoryEventTypes.ACTIVITY_INSTANCE_START,
        HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_END,
        HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE};
    for (String gateway : new String[] {ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_PARALLEL,
        ActivityTypes.GATEWAY_INCLUSIVE, ActivityTypes.GATEWAY_EVENT_BASED, ActivityTypes.GATEWAY_COMPLEX}) {
      for (HistoryEventTypes event : activityEvents) {
        assertThat(level.isHistoryEventProduced(event, at(gateway))).as(gateway + " " + event.getEventName()).isFalse();
      }
    }
    for (String step : new String[] {ActivityTypes.TASK_USER_TASK, ActivityTypes.TASK_SERVICE,
        ActivityTypes.TASK_BUSINESS_RULE, ActivityTypes.START_EVENT, ActivityTypes.END_EVENT_NONE,
        ActivityTypes.END_EVENT_TERMINATE, ActivityTypes.INTERMEDIATE_EVENT_MESSAGE,
        ActivityTypes.INTERMEDIATE_EVENT_TIMER, ActivityTypes.BOUNDARY_TIMER, ActivityTypes.SUB_PROCESS,
        ActivityTypes.START_EVENT_TIMER}) {
      for (HistoryEventTypes event : activityEvents) {
        assertThat(level.isHistoryEventProduced(event, at(step))).as(step + " " + event.getEventName()).isTrue();
      }
    }
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_END, null))
        .as("asked in general when a model is parsed").isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.PROCESS_INSTANCE_END, at(ActivityTypes.GATEWAY_EXCLUSIVE)))
        .as("a process that ends at a gateway's branch still ends").isTrue();
  }

  private static ExecutionEntity at(String type) {
    ActivityImpl activity = new ActivityImpl("Step_" + type, null);
    activity.setProperty("type", type);
    ExecutionEntity execution = new ExecutionEntity();
    execution.setActivity(activity);
    return execution;
  }

  @Test
  void isFullToTheDatabaseAndTheEngine() {
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(level.getName()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getName());
    assertThat(level.equals(HistoryLevel.HISTORY_LEVEL_FULL)).isTrue();
    assertThat(level.equals(HistoryLevel.HISTORY_LEVEL_AUDIT)).isFalse();
  }
}
