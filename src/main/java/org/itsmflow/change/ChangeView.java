package org.itsmflow.change;

import java.time.Instant;
import java.util.List;
import org.itsmflow.record.WorkLogEntry;

/** GET /api/changes/{number}: the record with its CIs, decisions, review, caused incidents and work log. */
public record ChangeView(
    String number, String title, String description, String category, String templateCode, String serviceCode,
    List<String> affectedCis, int impact, String requestedBy, String implementationGroup, String implementationPlan,
    String backoutPlan, boolean backoutTested, Instant plannedStart, Instant plannedEnd, String risk,
    String riskReason, String authority, String status, int revision, String scheduleConflicts, String outcome,
    String implementationNotes, Instant implementedAt, String problemNumber, String releaseNumber,
    Instant createdAt, Instant closedAt, String processInstanceId, List<ChangeDecision> decisions,
    ChangeReview review, List<String> causedIncidents, List<WorkLogEntry> workLog) {

  static ChangeView of(Change c, List<String> cis, List<ChangeDecision> decisions, ChangeReview review,
      List<String> incidents, List<WorkLogEntry> workLog) {
    return new ChangeView(c.number(), c.title(), c.description(), c.category().id(), c.templateCode(),
        c.serviceCode(), cis, c.impact(), c.requestedBy(), c.implementationGroup(), c.implementationPlan(),
        c.backoutPlan(), c.backoutTested(), c.plannedStart(), c.plannedEnd(), c.risk(), c.riskReason(),
        c.authority(), c.status().id(), c.revision(), c.scheduleConflicts(), c.outcome(), c.implementationNotes(),
        c.implementedAt(), c.problemNumber(), c.releaseNumber(), c.createdAt(), c.closedAt(), c.processInstanceId(),
        decisions, review, incidents, workLog);
  }

  /** In lists: the record without its details. */
  static ChangeView summary(Change c) {
    return of(c, null, null, null, null, null);
  }
}
