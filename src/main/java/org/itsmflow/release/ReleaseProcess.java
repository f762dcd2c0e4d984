package org.itsmflow.release;

import java.util.List;
import java.util.Set;
import org.itsmflow.platform.RecordKey;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.tasklist.TasklistVariables;

/**
 * processes/release-deployment.bpmn: its key, decision, messages, element ids and variables,
 * declared once for the delegates, the REST API and the tests.
 */
public final class ReleaseProcess {

  public static final String KEY = ProcessCatalog.RELEASE_DEPLOYMENT;

  public static final class Decisions {
    public static final String EARLY_LIFE_THRESHOLD = "early-life-threshold";

    private Decisions() {}
  }

  public static final class Messages {
    /** From an automated pipeline: POST /api/releases/{number}/deployment-result. */
    public static final String DEPLOYMENT_RESULT = "ReleaseDeploymentResult";
    public static final String WORK_NOTE_ADDED = "ReleaseWorkNoteAdded";

    private Messages() {}
  }

  public static final class Elements {
    public static final String BUILD = "Task_BuildRelease";
    public static final String TEST = "Task_TestRelease";
    public static final String ACCEPT = "Task_AcceptRelease";
    public static final String WINDOW_START = "Event_WindowStart";
    public static final String DEPLOY = "Task_DeployRelease";
    public static final String WINDOW_ENDED = "Event_WindowEnded";
    public static final String HANDLE_MISSED_WINDOW = "Task_HandleMissedWindow";
    public static final String EARLY_LIFE_ENDED = "Event_EarlyLifeEnded";
    public static final String ROLL_BACK = "Task_RollBackRelease";
    public static final String REPLAN_OR_CANCEL = "Task_ReplanOrCancel";
    public static final String RAISE_PROBLEM = "Task_RaiseReleaseProblem";
    public static final String IMPLEMENT_CHANGES = "Task_ImplementChanges";
    public static final String CLOSE = "Task_CloseRelease";
    public static final String CLOSED = "Event_ReleaseClosed";
    public static final String CANCELLED = "Event_ReleaseCancelled";

    private Elements() {}
  }

  /** Process variables; the record itself lives in itsm_release. */
  public static final class Variables {
    public static final String NUMBER = TasklistVariables.RECORD_NUMBER;
    public static final String TITLE = TasklistVariables.RECORD_TITLE;
    /** Tasklist's due-date column: the window start. */
    public static final String SLA_DUE_AT = TasklistVariables.SLA_DUE_AT;
    // The plan (start form or POST /api/releases).
    public static final String DESCRIPTION = "description";
    public static final String TYPE = "releaseType";
    /** Comma-separated change numbers (and problem and known-error numbers). */
    public static final String CHANGES = "changes";
    public static final String PROBLEMS = "problems";
    public static final String KNOWN_ERRORS = "knownErrors";
    public static final String WINDOW_START = "windowStart";
    public static final String WINDOW_END = "windowEnd";
    public static final String DEPLOYMENT_MODE = "deploymentMode";
    public static final String DEPLOYMENT_GROUP = "deploymentGroup";
    public static final String REQUESTED_BY = "requestedBy";
    // Build, test, acceptance.
    public static final String BUILD_VERSION = "buildVersion";
    public static final String BUILD_NOTES = "buildNotes";
    public static final String TEST_RESULT = "testResult";
    public static final String TEST_EVIDENCE = "testEvidence";
    public static final String ACCEPTANCE_GROUPS = "acceptanceGroups";
    public static final String ACCEPTANCE_GROUP = "acceptanceGroup";
    public static final String ACCEPTANCE = "acceptance";
    public static final String REASON = "reason";
    public static final String REJECTED = "releaseRejected";
    // Deployment and after.
    public static final String DEPLOYMENT_OUTCOME = "deploymentOutcome";
    public static final String DEPLOYMENT_NOTES = "deploymentNotes";
    public static final String WINDOW_DECISION = "windowDecision";
    public static final String RESCHEDULE = "reschedule";
    public static final String CANCEL = "cancel";
    public static final String EARLY_LIFE_UNTIL = "earlyLifeUntil";
    public static final String INCIDENT_COUNT = "incidentCount";
    public static final String RAISE_PROBLEM = "raiseProblem";
    public static final String ROLLBACK_NOTES = "rollbackNotes";
    public static final String REPLAN_DECISION = "replanDecision";
    public static final String REPLAN = "replan";
    public static final String NOTE = "note";
    // Shown on the forms, copied from the record.
    public static final String STATUS = "status";
    public static final String REVISION = "revision";
    public static final String AFFECTED_CIS = "affectedCis";
    public static final String AFFECTED_SERVICES = "affectedServices";
    public static final String CHANGE_LIST = "changeList";
    public static final String TEST_HISTORY = "testHistory";
    public static final String FAILURE_REASON = "failureReason";

    /**
     * What the flow keeps (the window and early-life timers, the deployment and acceptance groups,
     * the gateways' inputs its steps normalise, the early-life decision's inputs, Tasklist's
     * lists); a step's other input is transient (RecordProcessVariables). Each acceptance task's
     * decision and reason stay variables because its input mapping keeps them local to the task.
     */
    static final Set<String> FLOW = Set.of(NUMBER, TITLE, SLA_DUE_AT, TYPE, WINDOW_START, WINDOW_END, DEPLOYMENT_GROUP,
        ACCEPTANCE_GROUPS, ACCEPTANCE_GROUP, REJECTED, TEST_RESULT, DEPLOYMENT_OUTCOME, EARLY_LIFE_UNTIL,
        INCIDENT_COUNT, RAISE_PROBLEM);
    /** The plan's fields the record keeps and the forms read from there. */
    static final List<String> RECORD_ONLY = List.of(DESCRIPTION, CHANGES, PROBLEMS, KNOWN_ERRORS, DEPLOYMENT_MODE,
        REQUESTED_BY);

    private Variables() {}

    /** The record's number: the business key, never the variable a submission could overwrite. */
    static String number(VariableScope scope) {
      return RecordKey.of(scope);
    }
  }

  private ReleaseProcess() {}
}
