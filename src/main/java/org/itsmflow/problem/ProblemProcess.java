package org.itsmflow.problem;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.platform.RecordKey;
import org.itsmflow.ports.ProcessMessages;
import org.itsmflow.tasklist.TasklistVariables;

/**
 * processes/problem-management.bpmn and problem-detection.bpmn: keys, decisions, messages,
 * element ids and variables, declared once for the delegates, the REST API and the tests.
 */
public final class ProblemProcess {

  public static final String KEY = ProcessCatalog.PROBLEM_MANAGEMENT;
  public static final String DETECTION_KEY = ProcessCatalog.PROBLEM_DETECTION;
  public static final String NUMBER_PREFIX = "PRB";

  public static final class Decisions {
    public static final String PRIORITY = "problem-priority";
    public static final String TREND_THRESHOLD = "problem-trend-threshold";

    private Decisions() {}
  }

  public static final class Messages {
    public static final String WORK_NOTE_ADDED = "ProblemWorkNoteAdded";
    public static final String RCA_SUBMITTED = "ProblemRcaSubmitted";
    public static final String WORKAROUND_FOUND = "ProblemWorkaroundFound";
    public static final String INCIDENT_LINKED = "ProblemIncidentLinked";
    /** From change management, business key = the problem number. */
    public static final String FIX_CHANGE_COMPLETED = ProcessMessages.PROBLEM_FIX_CHANGE_COMPLETED;

    private Messages() {}
  }

  public static final class Elements {
    public static final String CATEGORISE = "Task_CategoriseProblem";
    public static final String INVESTIGATE = "Task_InvestigateProblem";
    public static final String FIX_CHANGE_COMPLETED = "Event_FixChangeCompleted";
    public static final String TARGET_PASSED = "Event_TargetPassed";
    public static final String VERIFICATION_ENDED = "Event_VerificationPeriodEnded";
    public static final String CLOSED = "Event_ProblemClosed";
    public static final String REJECTED = "Event_ProblemRejected";
    public static final String ESCALATED = "Event_ProblemEscalated";
    public static final String DETECTION_DUE = "Event_DetectionDue";
    public static final String CANDIDATES_RAISED = "Event_CandidatesRaised";
    public static final String NO_NEW_TRENDS = "Event_NoNewTrends";

    private Elements() {}
  }

  /** Process variables; the record itself lives in itsm_problem. */
  public static final class Variables {
    public static final String NUMBER = TasklistVariables.RECORD_NUMBER;
    public static final String TITLE = TasklistVariables.RECORD_TITLE;
    public static final String PRIORITY = TasklistVariables.PRIORITY;
    /** Tasklist's due-date column: the problem's target. */
    public static final String SLA_DUE_AT = TasklistVariables.SLA_DUE_AT;
    // The report (start form or POST /api/problems).
    public static final String DESCRIPTION = "description";
    public static final String SERVICE_CODE = "serviceCode";
    /** Comma-separated CI ids. */
    public static final String AFFECTED_CIS = "affectedCis";
    /** Comma-separated incident numbers. */
    public static final String INCIDENTS = "incidents";
    public static final String SOURCE = "source";
    public static final String RAISED_BY = "raisedBy";
    public static final String TREND_KEY = "trendKey";
    public static final String RELEASE_NUMBER = "releaseNumber";
    // Categorisation (Tasklist form or REST).
    public static final String DECISION = "decision";
    public static final String ACCEPT = "accept";
    public static final String REJECT = "reject";
    public static final String CATEGORY = "category";
    public static final String IMPACT = "impact";
    public static final String URGENCY = "urgency";
    public static final String REASON = "reason";
    // Inputs and result of problem-priority.
    public static final String INCIDENT_COUNT = "incidentCount";
    public static final String PRIORITY_RESULT = "problemPriority";
    public static final String TARGET_AT = "targetAt";
    // Investigation (Tasklist form or REST); cleared once recorded so the next round starts empty.
    public static final String RCA_METHOD = "rcaMethod";
    public static final String CAUSE_CATEGORY = "causeCategory";
    public static final String FINDINGS = "rcaFindings";
    public static final String ROOT_CAUSE = "rootCause";
    public static final String WORKAROUND = "workaround";
    public static final String NEXT = "next";
    public static final String CHANGE_CATEGORY = "changeCategory";
    public static final String IMPLEMENTATION_PLAN = "implementationPlan";
    public static final String BACKOUT_PLAN = "backoutPlan";
    public static final String BACKOUT_TESTED = "backoutTested";
    public static final String PLANNED_START = "plannedStart";
    public static final String PLANNED_END = "plannedEnd";
    public static final String CLOSURE_CODE = "closureCode";
    public static final String NOTES = "notes";
    static final List<String> RFC_INPUTS = List.of(CHANGE_CATEGORY, IMPLEMENTATION_PLAN, BACKOUT_PLAN,
        BACKOUT_TESTED, PLANNED_START, PLANNED_END);
    static final List<String> INVESTIGATION_INPUTS = List.of(RCA_METHOD, CAUSE_CATEGORY, FINDINGS, ROOT_CAUSE,
        WORKAROUND, NEXT, CHANGE_CATEGORY, IMPLEMENTATION_PLAN, BACKOUT_PLAN, BACKOUT_TESTED, PLANNED_START,
        PLANNED_END, CLOSURE_CODE, NOTES);
    // Decided by the process.
    public static final String NEXT_STEP = "nextStep";
    public static final String CHANGE = "change";
    public static final String FIXED = "fixed";
    public static final String CLOSE = "close";
    public static final String RESOLUTION = "resolution";
    public static final String CHANGE_NUMBER = ProcessMessages.CHANGE_NUMBER;
    public static final String CHANGE_OUTCOME = ProcessMessages.CHANGE_OUTCOME;
    public static final String SUCCESSFUL = "successful";
    public static final String VERIFY_UNTIL = "verifyUntil";
    public static final String RECURRED = "recurred";
    // Messages.
    public static final String NOTE = "note";
    public static final String INCIDENT = "incidentNumber";
    // Shown on the forms, copied from the record.
    public static final String STATUS = "status";
    public static final String KNOWN_ERROR = "knownError";
    public static final String KNOWN_ROOT_CAUSE = "knownRootCause";
    public static final String KNOWN_WORKAROUND = "knownWorkaround";
    public static final String ANALYSES = "analyses";
    public static final String INCIDENT_LIST = "incidentList";
    public static final String FIX_CHANGE = "fixChange";
    public static final String HISTORY = "history";
    // problem-detection.
    public static final String RAISED_PROBLEMS = "raisedProblems";
    public static final String RAISED_LIST = "raisedList";

    /**
     * What the flow keeps (gateways, timers, the priority decision's inputs, Tasklist's lists); a
     * step's other input is transient (RecordProcessVariables).
     */
    static final Set<String> FLOW = Set.of(NUMBER, TITLE, PRIORITY, SLA_DUE_AT, TARGET_AT, CATEGORY, IMPACT, URGENCY,
        INCIDENT_COUNT, PRIORITY_RESULT, NEXT_STEP, RESOLUTION, CHANGE_NUMBER, CHANGE_OUTCOME, VERIFY_UNTIL, RECURRED);
    /** The report's fields: the record keeps them, the forms read them from there. */
    static final List<String> RECORD_ONLY = List.of(DESCRIPTION, SERVICE_CODE, AFFECTED_CIS, INCIDENTS, SOURCE,
        RAISED_BY, TREND_KEY, RELEASE_NUMBER);

    private Variables() {}

    /** The record's number: the business key, never the variable a submission could overwrite. */
    static String number(VariableScope scope) {
      return RecordKey.of(scope);
    }
  }

  private ProblemProcess() {}
}
