package org.itsmflow.release;

import java.time.Instant;
import java.util.List;
import org.itsmflow.record.WorkLogEntry;

/**
 * GET /api/releases/{number}: the record with its changes, the problems and known errors it
 * resolves, affected services and CIs, test evidence, acceptances and work log.
 */
public record ReleaseView(
    String number, String title, String description, String type, String status, int revision, String requestedBy,
    Instant windowStart, Instant windowEnd, String deploymentMode, String deploymentGroup, String buildVersion,
    String buildNotes, Instant deployedAt, String deploymentNotes, Instant earlyLifeUntil, Integer earlyLifeIncidents,
    String problemNumber, String failureReason, Instant createdAt, Instant closedAt, String processInstanceId,
    List<BundledChange> changes, List<String> problems, List<String> knownErrors, List<String> affectedServices,
    List<String> affectedCis, List<ReleaseTest> tests, List<ReleaseAcceptance> acceptances,
    List<WorkLogEntry> workLog) {

  static ReleaseView of(Release r, List<BundledChange> changes, List<String> problems, List<String> knownErrors,
      List<String> services, List<String> cis, List<ReleaseTest> tests, List<ReleaseAcceptance> acceptances,
      List<WorkLogEntry> workLog) {
    return new ReleaseView(r.number(), r.title(), r.description(), r.type(), r.status().id(), r.revision(),
        r.requestedBy(), r.windowStart(), r.windowEnd(), r.deploymentMode(), r.deploymentGroup(), r.buildVersion(),
        r.buildNotes(), r.deployedAt(), r.deploymentNotes(), r.earlyLifeUntil(), r.earlyLifeIncidents(),
        r.problemNumber(), r.failureReason(), r.createdAt(), r.closedAt(), r.processInstanceId(), changes, problems,
        knownErrors, services, cis, tests, acceptances, workLog);
  }

  /** For lists: the record without its details. */
  static ReleaseView summary(Release r) {
    return of(r, null, null, null, null, null, null, null, null);
  }
}
