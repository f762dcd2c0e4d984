package org.itsmflow.sla;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The four deadlines of a record with an SLA, as timers of the record's own process: each is the
 * timer start event of an event subprocess, both with these ids, whose cycle starts at the date in this
 * variable (set in the transaction that enters the scope, not stored). The ids and variables are the
 * contract between a record's model and the SLA clock, which moves each timer to its deadline; a
 * deadline not pending (met, paused, raised) waits at {@link #NOT_PENDING}.
 */
public enum SlaDeadline {
  RESPONSE_WARNING(SlaTarget.RESPONSE, false, "SubProcess_SlaResponseWarning", "Event_SlaResponseWarningDue",
      "slaResponseWarningCycle"),
  RESPONSE_BREACH(SlaTarget.RESPONSE, true, "SubProcess_SlaResponseBreach", "Event_SlaResponseBreachDue",
      "slaResponseBreachCycle"),
  RESOLUTION_WARNING(SlaTarget.RESOLUTION, false, "SubProcess_SlaResolutionWarning", "Event_SlaResolutionWarningDue",
      "slaResolutionWarningCycle"),
  RESOLUTION_BREACH(SlaTarget.RESOLUTION, true, "SubProcess_SlaResolutionBreach", "Event_SlaResolutionBreachDue",
      "slaResolutionBreachCycle");

  /** Where a deadline that is not pending waits: never, in practice. */
  public static final Instant NOT_PENDING = Instant.parse("9999-12-31T00:00:00Z");
  /**
   * After it fires, the timer's next cycle is this far away: it stays armed while its scope lives, so
   * that the clock can move it again (a warning raised anew after a lower priority set a later threshold).
   */
  static final String REPEAT_AFTER = "P36500D";

  private final SlaTarget target;
  private final boolean breach;
  private final String scopeId;
  private final String timerId;
  private final String variable;

  SlaDeadline(SlaTarget target, boolean breach, String scopeId, String timerId, String variable) {
    this.target = target;
    this.breach = breach;
    this.scopeId = scopeId;
    this.timerId = timerId;
    this.variable = variable;
  }

  public SlaTarget target() {
    return target;
  }

  public boolean isBreach() {
    return breach;
  }

  /** The id of the event subprocess in the record's model. */
  public String scopeId() {
    return scopeId;
  }

  /** The id of the event subprocess's timer start event. */
  public String timerId() {
    return timerId;
  }

  /** The (transient) variable the timer's cycle reads: {@code R/<date>/P36500D}. */
  public String variable() {
    return variable;
  }

  /** When this deadline of the clock falls due, or {@link #NOT_PENDING} (paused, stopped, raised). */
  Instant dueAt(SlaClock clock) {
    Instant at = breach ? clock.dueAt() : clock.warningAt();
    boolean raised = breach ? clock.isBreached() : clock.warnedAt() != null;
    return at == null || raised || clock.isStopped() ? NOT_PENDING : at;
  }

  static String cycle(Instant at) {
    return "R/" + at + "/" + REPEAT_AFTER;
  }

  /** The deadline of an event subprocess or of its timer start event, by id. */
  public static Optional<SlaDeadline> of(String activityId) {
    return Arrays.stream(values()).filter(d -> d.scopeId.equals(activityId) || d.timerId.equals(activityId))
        .findFirst();
  }

  /**
   * The id of the scope the step runs in: from the engine's parsed process (a storm of warnings
   * spent 4 % of its time looking it up in the BPMN model instance), else from the model.
   */
  private static String scopeId(DelegateExecution execution) {
    if (execution instanceof ExecutionEntity entity && entity.getActivity() != null
        && entity.getActivity().getFlowScope() != null) {
      return entity.getActivity().getFlowScope().getId();
    }
    FlowElement step = execution.getBpmnModelElementInstance();
    ModelElementInstance scope = step == null ? null : step.getParentElement();
    return scope instanceof SubProcess subProcess ? subProcess.getId() : null;
  }

  public static SlaDeadline of(SlaTarget target, boolean breach) {
    return Arrays.stream(values()).filter(d -> d.target == target && d.breach == breach).findFirst().orElseThrow();
  }

  /**
   * The deadline whose event subprocess this step runs in (the timer that started it); a step
   * outside such a subprocess is a modelling error, reported with the element.
   */
  public static SlaDeadline of(DelegateExecution execution) {
    Optional<SlaDeadline> deadline = Optional.ofNullable(scopeId(execution)).flatMap(SlaDeadline::of);
    if (deadline.isPresent()) {
      return deadline.get();
    }
    throw new IllegalStateException(execution.getCurrentActivityId() + " runs outside an SLA deadline's event "
        + "subprocess (one of " + Arrays.stream(values()).map(SlaDeadline::scopeId).toList() + ")");
  }
}
