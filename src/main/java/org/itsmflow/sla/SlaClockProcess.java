package org.itsmflow.sla;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessCatalog;

/**
 * The sla-clock process (processes/sla-clock.bpmn): its key, the element ids and messages code
 * and tests refer to, and its few variables, declared once.
 */
public final class SlaClockProcess {

  public static final String KEY = ProcessCatalog.SLA_CLOCK;

  /** Correlated to the clock after a pause, resume or target change: it plans its timers anew. */
  public static final String MESSAGE_CHANGED = "SlaClockChanged";
  /** Correlated to the clock when its target is met or the record closed. */
  public static final String MESSAGE_STOPPED = "SlaClockStopped";
  /** Correlated to the record's own process (same business key) when the warning is reached. */
  public static final String MESSAGE_WARNING_REACHED = "SlaWarningReached";
  /** Correlated to the record's own process (same business key) when the target is breached. */
  public static final String MESSAGE_BREACHED = "SlaBreached";

  public static final class Elements {
    public static final String PLAN_DEADLINES = "Task_PlanDeadlines";
    public static final String DEADLINES = "SubProcess_Deadlines";
    public static final String WARNING_DUE = "Event_WarningDue";
    public static final String BREACH_DUE = "Event_BreachDue";
    public static final String AWAIT_CHANGE = "Gateway_AwaitChange";

    private Elements() {}
  }

  /** Typed access to the process variables. */
  public static final class Variables {
    public static final String CLOCK_ID = "clockId";
    public static final String SLA_TARGET = "slaTarget";
    public static final String WARNING_AT = "warningAt";
    public static final String DUE_AT = "dueAt";

    private Variables() {}

    static String clockId(VariableScope scope) {
      return (String) scope.getVariable(CLOCK_ID);
    }

    /** The timers' dates; the gateways before them test them for null (nothing pending). */
    static void plan(VariableScope scope, SlaClock clock) {
      scope.setVariable(WARNING_AT, clock.warningAt() == null ? null : Date.from(clock.warningAt()));
      scope.setVariable(DUE_AT, clock.dueAt() == null ? null : Date.from(clock.dueAt()));
    }
  }

  private SlaClockProcess() {}
}
