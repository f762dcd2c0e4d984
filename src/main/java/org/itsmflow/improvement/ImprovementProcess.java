package org.itsmflow.improvement;

import java.util.List;
import java.util.Set;
import org.itsmflow.platform.RecordKey;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.tasklist.TasklistVariables;

/**
 * processes/continual-improvement.bpmn: its key, decision, messages, element ids and
 * variables, declared once for the delegates, the REST API and the tests.
 */
public final class ImprovementProcess {

  public static final String KEY = ProcessCatalog.CONTINUAL_IMPROVEMENT;

  public static final class Decisions {
    public static final String PRIORITY = "improvement-priority";

    private Decisions() {}
  }

  public static final class Messages {
    public static final String WORK_NOTE_ADDED = "ImprovementWorkNoteAdded";

    private Messages() {}
  }

  public static final class Elements {
    public static final String APPROVE = "Task_ApproveImprovement";
    public static final String PLAN = "Task_PlanImprovement";
    public static final String IMPLEMENT = "Task_ImplementImprovement";
    public static final String REVIEW_DUE = "Event_ReviewDue";
    public static final String MEASURE = "Task_MeasureOutcome";
    public static final String ACHIEVED = "Event_ImprovementAchieved";
    public static final String CLOSED = "Event_ImprovementClosed";
    public static final String REJECTED = "Event_ImprovementRejected";

    private Elements() {}
  }

  public static final class Variables {
    public static final String NUMBER = TasklistVariables.RECORD_NUMBER;
    public static final String TITLE = TasklistVariables.RECORD_TITLE;
    public static final String PRIORITY = TasklistVariables.PRIORITY;
    public static final String SLA_DUE_AT = TasklistVariables.SLA_DUE_AT;
    public static final String DESCRIPTION = "description";
    public static final String SOURCE = "source";
    public static final String SOURCE_REFERENCE = "sourceReference";
    public static final String BENEFIT = "benefit";
    public static final String EFFORT = "effort";
    public static final String RISK = "risk";
    public static final String ALIGNMENT = "alignment";
    public static final String PRIORITY_RESULT = "improvementPriority";
    public static final String RATIONALE = "rationale";
    public static final String DECISION = "improvementDecision";
    public static final String DECISION_REASON = "decisionReason";
    public static final String OWNER_GROUP = "ownerGroup";
    public static final String EXPECTED_OUTCOME = "expectedOutcome";
    public static final String MEASURE = "measure";
    public static final String TARGET_VALUE = "targetValue";
    public static final String REVIEW_DAYS = "reviewDays";
    public static final String IMPLEMENTATION_NOTES = "implementationNotes";
    public static final String REVIEW_AT = "reviewAt";
    public static final String ACTUAL_VALUE = "actualValue";
    public static final String ACTUAL_OUTCOME = "actualOutcome";
    public static final String OUTCOME = "improvementOutcome";
    public static final String LESSONS = "lessons";
    public static final String NOTE = "note";
    public static final String STATUS = "status";
    public static final String RAISED_BY = "raisedBy";

    /**
     * What the flow keeps (the priority decision's inputs, the owner group, the review timer, the
     * measured outcome the measurement step normalises, Tasklist's lists); a step's other input is
     * transient (RecordProcessVariables).
     */
    static final Set<String> FLOW = Set.of(NUMBER, TITLE, PRIORITY, SLA_DUE_AT, BENEFIT, EFFORT, RISK, ALIGNMENT,
        PRIORITY_RESULT, OWNER_GROUP, REVIEW_AT, OUTCOME);
    /** The suggestion's fields the register keeps and the forms read from there. */
    static final List<String> RECORD_ONLY = List.of(DESCRIPTION, SOURCE, SOURCE_REFERENCE);

    private Variables() {}

    /** The record's number: the business key, never the variable a submission could overwrite. */
    static String number(VariableScope scope) {
      return RecordKey.of(scope);
    }
  }

  private ImprovementProcess() {}
}
