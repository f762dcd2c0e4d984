package org.itsmflow.nonconformity;

import java.util.List;
import java.util.Set;
import org.itsmflow.platform.RecordKey;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.tasklist.TasklistVariables;

/**
 * processes/corrective-action.bpmn: its key, messages, element ids and variables, declared once
 * for the delegates, the REST API and the tests.
 */
public final class NonconformityProcess {

  public static final String KEY = ProcessCatalog.CORRECTIVE_ACTION;

  public static final class Messages {
    public static final String WORK_NOTE_ADDED = "NonconformityWorkNoteAdded";

    private Messages() {}
  }

  public static final class Elements {
    public static final String CORRECT = "Task_CorrectNonconformity";
    public static final String ANALYSE = "Task_AnalyseCause";
    public static final String PLAN_ACTION = "Task_PlanCorrectiveAction";
    public static final String IMPLEMENT_ACTION = "Task_ImplementCorrectiveAction";
    public static final String ACTION_OVERDUE = "Event_ActionOverdue";
    public static final String REVIEW_DUE = "Event_ReviewDue";
    public static final String REVIEW = "Task_ReviewEffectiveness";
    public static final String CLOSED = "Event_NonconformityClosed";
    public static final String REMINDER_SENT = "Event_ReminderSent";

    private Elements() {}
  }

  public static final class Variables {
    public static final String NUMBER = TasklistVariables.RECORD_NUMBER;
    public static final String TITLE = TasklistVariables.RECORD_TITLE;
    public static final String SLA_DUE_AT = TasklistVariables.SLA_DUE_AT;
    public static final String DESCRIPTION = "description";
    public static final String SOURCE = "source";
    public static final String CLAUSE = "clause";
    public static final String SEVERITY = "severity";
    public static final String DETECTED_BY = "detectedBy";
    public static final String CORRECTION = "correction";
    public static final String CAUSE = "cause";
    public static final String ACTION = "action";
    public static final String ACTION_OWNER = "actionOwner";
    public static final String ACTION_DUE = "actionDue";
    public static final String ACTION_NOTES = "actionNotes";
    public static final String REVIEW_AT = "reviewAt";
    public static final String EFFECTIVE = "effective";
    public static final String REVIEW_EVIDENCE = "reviewEvidence";
    public static final String NOTE = "note";
    public static final String STATUS = "status";
    public static final String ROUND = "round";

    /**
     * What the flow keeps (the action owner and due date, the review date, the review's verdict,
     * Tasklist's lists); a step's other input is transient (RecordProcessVariables).
     */
    static final Set<String> FLOW = Set.of(NUMBER, TITLE, SLA_DUE_AT, ACTION_OWNER, ACTION_DUE, REVIEW_AT, EFFECTIVE);
    /** The finding's fields the record keeps and the forms read from there. */
    static final List<String> RECORD_ONLY = List.of(DESCRIPTION, SOURCE, CLAUSE, SEVERITY, DETECTED_BY);

    private Variables() {}

    /** The record's number: the business key, never the variable a submission could overwrite. */
    static String number(VariableScope scope) {
      return RecordKey.of(scope);
    }
  }

  private NonconformityProcess() {}
}
