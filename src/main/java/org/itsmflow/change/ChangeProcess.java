package org.itsmflow.change;

import java.util.List;
import java.util.Set;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.platform.RecordKey;
import org.itsmflow.ports.ProcessMessages;
import org.itsmflow.tasklist.TasklistVariables;

/**
 * processes/change-management.bpmn: its key, decisions, messages, element ids and variables,
 * declared once for the delegates, the REST API and the tests.
 */
public final class ChangeProcess {

  public static final String KEY = ProcessCatalog.CHANGE_MANAGEMENT;
  public static final String NUMBER_PREFIX = "CHG";

  public static final class Decisions {
    public static final String RISK = "change-risk";
    public static final String AUTHORITY = "change-authority";
    public static final String CAB_DECISION = "cab-decision";

    private Decisions() {}
  }

  public static final class Messages {
    public static final String WORK_NOTE_ADDED = "ChangeWorkNoteAdded";
    public static final String WITHDRAWN = "ChangeWithdrawn";
    /** To the problem whose fix this change is: business key = the problem number. */
    public static final String PROBLEM_FIX_COMPLETED = ProcessMessages.PROBLEM_FIX_CHANGE_COMPLETED;
    /** From release management: the change is now part of a release, which deploys it. */
    public static final String BUNDLED_IN_RELEASE = "ChangeBundledInRelease";
    /** From release management: how the release ended for this change (deployed, failed, removed). */
    public static final String RELEASE_OUTCOME = "ChangeReleaseOutcome";

    private Messages() {}
  }

  public static final class Elements {
    public static final String AUTHORISE = "Task_AuthoriseChange";
    public static final String CAB_VOTE = "Task_CabVote";
    public static final String CAB_DEADLINE = "Event_CabDeadlinePassed";
    public static final String ESCALATE_CAB = "Task_EscalateCabDecision";
    public static final String ECAB_APPROVAL = "Task_EcabApproval";
    public static final String ECAB_REMINDER = "Event_EcabReminder";
    public static final String REVISE = "Task_ReviseChange";
    public static final String RESCHEDULE = "Task_RescheduleChange";
    /** Waiting for the planned start or for a release to bundle the change. */
    public static final String AWAIT_START = "Gateway_AwaitStart";
    public static final String PLANNED_START = "Event_PlannedStart";
    public static final String RELEASE_OUTCOME = "Event_ReleaseOutcome";
    public static final String IMPLEMENT = "Task_ImplementChange";
    public static final String REMEDIATE = "Task_RemediateChange";
    public static final String RETROSPECTIVE = "Task_RetrospectiveAuthorisation";
    public static final String REVIEW = "Task_ReviewChange";
    public static final String CLOSED = "Event_ChangeClosed";
    public static final String WITHDRAWN = "Event_ChangeWithdrawn";
    public static final String WITHDRAWN_ON_REQUEST = "Event_WithdrawnOnRequest";

    private Elements() {}
  }

  /** Process variables; the record itself lives in itsm_change. */
  public static final class Variables {
    public static final String NUMBER = TasklistVariables.RECORD_NUMBER;
    public static final String TITLE = TasklistVariables.RECORD_TITLE;
    /** Tasklist's due-date column: the planned start. */
    public static final String SLA_DUE_AT = TasklistVariables.SLA_DUE_AT;
    // The request for change (start form or POST /api/changes); shown on every form.
    public static final String DESCRIPTION = "description";
    public static final String CATEGORY = "category";
    public static final String TEMPLATE_CODE = "templateCode";
    public static final String SERVICE_CODE = "serviceCode";
    /** Comma-separated CI ids. */
    public static final String AFFECTED_CIS = "affectedCis";
    public static final String IMPACT = "impact";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String IMPLEMENTATION_GROUP = "implementationGroup";
    public static final String IMPLEMENTATION_PLAN = "implementationPlan";
    public static final String BACKOUT_PLAN = "backoutPlan";
    public static final String BACKOUT_TESTED = "backoutTested";
    public static final String PLANNED_START = "plannedStart";
    public static final String PLANNED_END = "plannedEnd";
    public static final String PROBLEM_NUMBER = "problemNumber";
    public static final String RELEASE_NUMBER = "releaseNumber";
    /** Sent with ChangeReleaseOutcome. */
    public static final String RELEASE_OUTCOME = "releaseOutcome";
    public static final String RELEASE_NOTES = "releaseNotes";
    public static final String DEPLOYED = "deployed";
    public static final String REMOVED = "removed";
    // Inputs of change-risk, gathered from the catalogue and earlier changes.
    public static final String SERVICE_CRITICALITY = "serviceCriticality";
    public static final String FAILURE_RATE = "failureRate";
    // Decided by the process.
    public static final String RISK_ASSESSMENT = "riskAssessment";
    public static final String RISK = "risk";
    public static final String RISK_REASON = "riskReason";
    public static final String AUTHORITY = "changeAuthority";
    public static final String CAB_MEMBERS = "cabMembers";
    public static final String CAB_MEMBER = "cabMember";
    public static final String CAB_DEADLINE = "cabDeadline";
    public static final String APPROVALS = "approvals";
    public static final String REJECTIONS = "rejections";
    public static final String ABSTENTIONS = "abstentions";
    public static final String OWNER_VETO = "ownerVeto";
    public static final String DECISION = "decision";
    public static final String DECISION_REASON = "decisionReason";
    public static final String SCHEDULE_CONFLICT = "scheduleConflict";
    public static final String SCHEDULE_CONFLICTS = "scheduleConflicts";
    // Set by whoever completes a task (Tasklist form or REST).
    public static final String AUTHORISATION = "authorisation";
    public static final String VOTE = "vote";
    public static final String REVISION = "revisionDecision";
    public static final String OUTCOME = "outcome";
    public static final String REMEDIATION_NOTES = "remediationNotes";
    public static final String COMMENT = "comment";
    public static final String NOTES = "notes";
    public static final String EFFECTIVENESS = "effectiveness";
    public static final String SIDE_EFFECTS = "sideEffects";
    public static final String LESSONS = "lessons";
    public static final String NOTE = "note";
    public static final String REASON = "reason";

    // Outcomes of the decision tasks and the implementation.
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";
    public static final String ABSTAIN = "abstain";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    public static final String SUCCESS = "success";
    public static final String FAILED = "failed";
    public static final String RESUBMIT = "resubmit";
    public static final String WITHDRAW = "withdraw";

    private Variables() {}

    /**
     * What the flow keeps: the decisions' inputs and results, the CAB and its deadline, the
     * planned window's timers, the requester and implementation group (task assignments), the
     * gateways' inputs its steps normalise, the release's messages, Tasklist's lists. A step's
     * other input is transient (RecordProcessVariables); a CAB member's vote and comment stay
     * variables because the vote task's input mapping keeps them local to it.
     */
    static final Set<String> FLOW = Set.of(NUMBER, TITLE, SLA_DUE_AT, CATEGORY, IMPACT, REQUESTED_BY,
        IMPLEMENTATION_GROUP, BACKOUT_TESTED, PLANNED_START, PLANNED_END, RELEASE_NUMBER, RELEASE_OUTCOME,
        RELEASE_NOTES, SERVICE_CRITICALITY, FAILURE_RATE, RISK_ASSESSMENT, RISK, RISK_REASON, AUTHORITY, CAB_MEMBERS,
        CAB_MEMBER, CAB_DEADLINE, APPROVALS, REJECTIONS, ABSTENTIONS, OWNER_VETO, DECISION, DECISION_REASON,
        SCHEDULE_CONFLICT, SCHEDULE_CONFLICTS, OUTCOME);
    /** The request's fields the record keeps and the forms read from there. */
    static final List<String> RECORD_ONLY = List.of(DESCRIPTION, TEMPLATE_CODE, SERVICE_CODE, AFFECTED_CIS,
        IMPLEMENTATION_PLAN, BACKOUT_PLAN, PROBLEM_NUMBER);

    /** The record's number: the business key, never the variable a submission could overwrite. */
    static String number(VariableScope scope) {
      return RecordKey.of(scope);
    }

    static String text(VariableScope scope, String name) {
      return ProcessVariables.text(scope, name);
    }

    static Integer integer(VariableScope scope, String name) {
      return ProcessVariables.integer(scope, name);
    }

    static Boolean flag(VariableScope scope, String name) {
      return ProcessVariables.flag(scope, name);
    }

    static Instant instant(VariableScope scope, String name) {
      return ProcessVariables.instant(scope, name);
    }

    static void instant(VariableScope scope, String name, Instant value) {
      ProcessVariables.instant(scope, name, value);
    }
  }

  private ChangeProcess() {}
}
