package org.itsmflow.problem;

import java.time.Instant;
import java.util.List;
import org.itsmflow.record.WorkLogEntry;

/** GET /api/problems/{number}: the record with its CIs, incidents, analyses, known error and work log. */
public record ProblemView(
    String number, String title, String description, String serviceCode, List<String> ciIds, String source,
    String trendKey, String raisedBy, String category, Integer impact, Integer urgency, Integer priority,
    Instant targetAt, String escalationGroup, Instant escalatedAt, String status, String causeCategory,
    String rootCause, String workaround, KnownError knownError, String fixChange, String fixNotes, Instant fixedAt,
    Instant verifyUntil, String closureCode, String closureNotes, Instant createdAt, Instant closedAt,
    String processInstanceId, List<LinkedIncident> incidents, List<RootCauseAnalysis> analyses,
    String releaseNumber, List<WorkLogEntry> workLog) {

  static ProblemView of(Problem p, List<String> cis, KnownError knownError, List<LinkedIncident> incidents,
      List<RootCauseAnalysis> analyses, List<WorkLogEntry> workLog) {
    return new ProblemView(p.number(), p.title(), p.description(), p.serviceCode(), cis, p.source().id(),
        p.trendKey(), p.raisedBy(), p.category(), p.impact(), p.urgency(), p.priority(), p.targetAt(),
        p.escalationGroup(), p.escalatedAt(), p.status().id(), p.causeCategory(), p.rootCause(), p.workaround(),
        knownError, p.fixChange(), p.fixNotes(), p.fixedAt(), p.verifyUntil(), p.closureCode(), p.closureNotes(),
        p.createdAt(), p.closedAt(), p.processInstanceId(), incidents, analyses, p.releaseNumber(), workLog);
  }

  /** For lists: the record without its details. */
  static ProblemView summary(Problem p) {
    return of(p, null, null, null, null, null);
  }
}
