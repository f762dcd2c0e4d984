package org.itsmflow.audit;

import java.time.Instant;
import java.util.List;
import org.itsmflow.record.Attachment;
import org.itsmflow.record.RecordDetails;
import org.itsmflow.record.RecordLink;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.sla.SlaStatus;

/**
 * What an auditor is handed for one record: the record as it stands, every task of its processes
 * with who claimed and completed it and when, every decision with its inputs, outputs and the
 * table's version, its SLA targets with their events, its work log, links and files, and the
 * versions of the models that ran. All but {@code generatedAt} and {@code generatedBy} come from
 * stored data: once the record is closed, every pack of it is the same.
 */
public record EvidencePack(String number, String type, String title, String status, boolean ended,
    List<RecordDetails.Detail> fields,
    List<ProcessRun> processes, List<TaskEvidence> tasks, List<DecisionEvidence> decisions, List<SlaStatus> sla,
    List<WorkLogEntry> workLog, List<RecordLink> links, List<Attachment> attachments, Instant generatedAt,
    String generatedBy) {

  /** A process instance the record ran in, with the model's version and its deployment. */
  public record ProcessRun(String processInstanceId, String processKey, String processName, int version,
      String resource, String deploymentId, Instant deployedAt, Instant startedAt, Instant endedAt, String state) {}

  /**
   * A user task: created, claimed (by whom, when, from the operation log), completed or ended and
   * by whom; {@code outcome} is "completed", "cancelled" (the process ended it: an escalation, a
   * timer, the record closing) or "open".
   */
  public record TaskEvidence(String taskId, String taskKey, String name, String processKey, Instant createdAt,
      String claimedBy, Instant claimedAt, String completedBy, Instant endedAt, String outcome,
      List<String> candidateGroups) {}

  /** A decision table's evaluation: the table, its version, what went in and what came out. */
  public record DecisionEvidence(String decisionKey, String decisionName, int version, Instant evaluatedAt,
      String activityId, List<Value> inputs, List<Value> outputs) {}

  /** One input or output of a decision, by the name the table gives it. */
  public record Value(String name, Object value) {}
}
