package org.itsmflow.incident;

import java.time.Instant;
import java.util.List;
import org.itsmflow.ports.ProblemPort;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.sla.SlaStatus;

/**
 * GET /api/incidents/{number}: the record with its SLA targets, the problem it waits on, the
 * known errors for its CI or service, and its work log.
 */
public record IncidentView(
    String number, String title, String description, String serviceCode, String ciId, String category, int impact,
    int urgency, Integer priority, String status, String assignmentGroup, boolean major, boolean breached,
    String reportedBy, String channel, String resolutionCode, String resolution, Instant createdAt,
    Instant resolvedAt, Instant closedAt, Instant responseDueAt, Instant resolutionDueAt, String processInstanceId,
    String parentNumber, List<String> children, String problemNumber, List<ProblemPort.KnownErrorMatch> knownErrors,
    List<SlaStatus> sla, List<WorkLogEntry> workLog) {

  /** For lists: the record without its links, SLA details and work log. */
  static IncidentView of(Incident i, List<SlaStatus> sla, List<WorkLogEntry> workLog) {
    return of(i, List.of(), null, List.of(), sla, workLog);
  }

  static IncidentView of(Incident i, List<String> children, String problemNumber,
      List<ProblemPort.KnownErrorMatch> knownErrors, List<SlaStatus> sla, List<WorkLogEntry> workLog) {
    return new IncidentView(i.number(), i.title(), i.description(), i.serviceCode(), i.ciId(), i.category(),
        i.impact(), i.urgency(), i.priority(), i.status().id(), i.assignmentGroup(), i.major(),
        sla.stream().anyMatch(s -> s.breachedAt() != null), i.reportedBy(), i.channel(), i.resolutionCode(),
        i.resolution(), i.createdAt(), i.resolvedAt(), i.closedAt(), due(sla, "response"), due(sla, "resolution"),
        i.processInstanceId(), i.parentNumber(), children, problemNumber, knownErrors, sla, workLog);
  }

  private static Instant due(List<SlaStatus> sla, String target) {
    return sla.stream().filter(s -> s.target().equals(target)).findFirst().map(SlaStatus::dueAt).orElse(null);
  }
}
