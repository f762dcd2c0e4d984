package org.itsmflow.incident;

import org.itsmflow.platform.RecordKey;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.tasklist.TasklistVariables;

/**
 * processes/incident-management.bpmn: its key, decisions, messages, element ids and variables,
 * declared once for the delegates, the REST API and the tests.
 */
public final class IncidentProcess {

  public static final String KEY = ProcessCatalog.INCIDENT_MANAGEMENT;
  public static final String NUMBER_PREFIX = "INC";

  public static final class Decisions {
    public static final String PRIORITY = "incident-priority";
    public static final String ASSIGNMENT = "incident-assignment";
    public static final String MAJOR_CRITERIA = "major-incident-criteria";

    private Decisions() {}
  }

  public static final class Messages {
    public static final String PUT_ON_HOLD = "IncidentPutOnHold";
    public static final String RESUMED = "IncidentResumed";
    public static final String ESCALATION_REQUESTED = "IncidentEscalationRequested";
    public static final String WORK_NOTE_ADDED = "IncidentWorkNoteAdded";
    public static final String CONFIRMED = "IncidentConfirmed";
    public static final String REOPENED = "IncidentReopened";
    public static final String RECLASSIFIED = "IncidentReclassified";
    public static final String LINKED = "IncidentLinked";
    public static final String PARENT_RESOLVED = "ParentIncidentResolved";
    /** From problem management: the problem this incident waits on is fixed. */
    public static final String PROBLEM_FIXED = "IncidentProblemFixed";

    private Messages() {}
  }

  public static final class Elements {
    public static final String INVESTIGATE = "Task_InvestigateIncident";
    public static final String LEAD_MAJOR_INCIDENT = "Task_LeadMajorIncident";
    public static final String STATUS_UPDATE_DUE = "Event_StatusUpdateDue";
    public static final String INTERVENE_ON_RESPONSE_BREACH = "Task_InterveneOnResponseBreach";
    public static final String INTERVENE_ON_RESOLUTION_BREACH = "Task_InterveneOnResolutionBreach";
    public static final String AWAIT_RESUME = "Event_IncidentResumed";
    public static final String AWAIT_CONFIRMATION = "Gateway_AwaitConfirmation";
    public static final String AUTO_CLOSE_DUE = "Event_AutoCloseDue";
    public static final String REVIEW_MAJOR_INCIDENT = "Task_ReviewMajorIncident";
    public static final String CLOSED = "Event_IncidentClosed";

    private Elements() {}
  }

  /** Process variables; the record itself lives in itsm_incident. */
  public static final class Variables {
    public static final String NUMBER = TasklistVariables.RECORD_NUMBER;
    public static final String TITLE = TasklistVariables.RECORD_TITLE;
    public static final String PRIORITY = TasklistVariables.PRIORITY;
    public static final String SLA_DUE_AT = TasklistVariables.SLA_DUE_AT;
    // Inputs of the decisions and of the record, set when the incident is reported.
    public static final String DESCRIPTION = "description";
    public static final String SERVICE_CODE = "serviceCode";
    public static final String CI_ID = "ciId";
    public static final String CATEGORY = "category";
    public static final String IMPACT = "impact";
    public static final String URGENCY = "urgency";
    public static final String REPORTED_BY = "reportedBy";
    public static final String CHANNEL = "channel";
    public static final String DECLARED_MAJOR = "declaredMajor";
    // Decided by the process.
    public static final String ASSIGNMENT_GROUP = "assignmentGroup";
    public static final String MAJOR = "major";
    public static final String AUTO_CLOSE_AT = "autoCloseAt";
    // Set by whoever completes the investigation (Tasklist form or REST).
    public static final String OUTCOME = "outcome";
    public static final String OUTCOME_RESOLVE = "resolve";
    public static final String OUTCOME_ESCALATE = "escalate";
    public static final String REASON = "reason";
    public static final String RESOLUTION_CODE = "resolutionCode";
    public static final String RESOLUTION = "resolution";
    public static final String NOTE = "note";
    public static final String PARENT_NUMBER = "parentNumber";
    public static final String PROBLEM_NUMBER = "problemNumber";
    /** Shown on the incident forms: known errors for the incident's CI or service. */
    public static final String KNOWN_ERRORS = "knownErrors";
    /** On the major incident review form: raise a problem for the cause. */
    public static final String RAISE_PROBLEM = "raiseProblem";
    // Major incident review (Tasklist form).
    public static final String REVIEW_TIMELINE = "reviewTimeline";
    public static final String REVIEW_CAUSE = "reviewCause";
    public static final String REVIEW_ACTIONS = "reviewActions";
    public static final String REVIEW_IMPROVEMENTS = "reviewImprovements";

    /**
     * What the flow keeps: what its gateways and candidate groups read after a wait state and what
     * Tasklist's lists show. A step's other input is transient (RecordProcessVariables).
     */
    static final Set<String> FLOW = Set.of(NUMBER, TITLE, PRIORITY, SLA_DUE_AT, ASSIGNMENT_GROUP, MAJOR);

    /**
     * The report's fields the flow does not read: the record keeps them, the forms read them from
     * there (IncidentRecordVariables), the process does not.
     */
    static final List<String> RECORD_ONLY = List.of(DESCRIPTION, CI_ID, REPORTED_BY, CHANNEL);

    private Variables() {}

    /** The record's number: the business key, never the variable a submission could overwrite. */
    static String number(VariableScope scope) {
      return RecordKey.of(scope);
    }

    static String text(VariableScope scope, String name) {
      Object value = scope.getVariable(name);
      return value == null ? null : value.toString();
    }

    static Integer integer(VariableScope scope, String name) {
      Object value = scope.getVariable(name);
      if (value == null || value.toString().isBlank()) {
        return null;
      }
      return value instanceof Number n ? n.intValue() : Integer.valueOf(value.toString().trim());
    }

    static boolean flag(VariableScope scope, String name) {
      Object value = scope.getVariable(name);
      return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }

    static void slaDueAt(VariableScope scope, java.time.Instant dueAt) {
      scope.setVariable(SLA_DUE_AT, dueAt == null ? null : Date.from(dueAt));
    }
  }

  private IncidentProcess() {}
}
