package org.itsmflow.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.ports.ProblemPort;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.RecordTypeVariables;
import org.itsmflow.record.WorkLog;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.sla.SlaClocks;
import org.itsmflow.sla.SlaStatus;
import org.itsmflow.workspace.ViewerTime;
import org.springframework.stereotype.Component;

/**
 * incident-management keeps {@link IncidentProcess.Variables#FLOW}; its forms read the report
 * (description, CI, reporter, channel, service, category, impact, urgency) and the known errors
 * for its CI or service from the records when they open, so the process keeps none of them.
 */
@Component
class IncidentRecordVariables extends RecordTypeVariables {

  /** How many of the newest work notes the forms show. */
  static final int RECENT_NOTES = 3;

  private final IncidentRepository repository;
  private final ProblemPort problems;
  private final SlaClocks slaClocks;
  private final WorkLog workLog;
  private final ViewerTime time;

  IncidentRecordVariables(IncidentRepository repository, ProblemPort problems, SlaClocks slaClocks, WorkLog workLog,
      ViewerTime time) {
    super(RecordType.INCIDENT, IncidentProcess.Variables.FLOW);
    this.repository = repository;
    this.problems = problems;
    this.slaClocks = slaClocks;
    this.workLog = workLog;
    this.time = time;
  }

  @Override
  public Map<String, Object> formFields(String number) {
    return repository.find(number).map(this::fields).orElse(Map.of());
  }

  private Map<String, Object> fields(Incident i) {
    Map<String, Object> fields = new HashMap<>();
    fields.put(IncidentProcess.Variables.DESCRIPTION, i.description());
    fields.put(IncidentProcess.Variables.SERVICE_CODE, i.serviceCode());
    fields.put(IncidentProcess.Variables.CATEGORY, i.category());
    fields.put(IncidentProcess.Variables.IMPACT, i.impact());
    fields.put(IncidentProcess.Variables.URGENCY, i.urgency());
    fields.put(IncidentProcess.Variables.CI_ID, i.ciId());
    fields.put(IncidentProcess.Variables.REPORTED_BY, i.reportedBy());
    fields.put(IncidentProcess.Variables.CHANNEL, i.channel());
    fields.put(IncidentProcess.Variables.KNOWN_ERRORS,
        knownErrors(problems.knownErrors(i.serviceCode(), i.ciId())));
    fields.put(RECORD_STATUS, statusLabel(i.status()));
    List<SlaStatus> sla = i.priority() == null ? List.of() : slaClocks.status(i.number());
    fields.put(RESPONSE_DUE, due(sla, "response"));
    fields.put(RESOLUTION_DUE, due(sla, "resolution"));
    fields.put(RECENT_WORK_NOTES, recentNotes(workLog.of(i.number())));
    return fields;
  }

  /** What the forms show beside the report: status, SLA due times in the viewer's zone, the last notes. */
  static final String RECORD_STATUS = "recordStatus";
  static final String RESPONSE_DUE = "responseDue";
  static final String RESOLUTION_DUE = "resolutionDue";
  static final String RECENT_WORK_NOTES = "recentWorkNotes";

  /** "On hold" stands out on a form as it does in the workspace. */
  static String statusLabel(IncidentStatus status) {
    String words = status.id().replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1)
        + (status == IncidentStatus.ON_HOLD ? ": the SLA clock is paused" : "");
  }

  private String due(List<SlaStatus> sla, String target) {
    return sla.stream().filter(s -> s.target().equals(target)).findFirst()
        .map(s -> s.stoppedAt() != null ? s.state() + " " + time.format(s.stoppedAt())
            : s.dueAt() == null ? s.state() : time.format(s.dueAt()) + " (" + s.state() + ")")
        .orElse("no SLA target");
  }

  /** The newest notes first, each with when and who: what colleagues already tried. */
  private String recentNotes(List<WorkLogEntry> log) {
    List<String> notes = log.stream().filter(e -> "work-note".equals(e.action()))
        .sorted((a, b) -> b.at().compareTo(a.at())).limit(RECENT_NOTES)
        .map(e -> time.format(e.at()) + ", " + e.by() + ": " + e.text()).toList();
    return notes.isEmpty() ? "no work notes yet" : String.join("\n", notes);
  }

  /** One line per known error: number, problem, title and workaround. */
  static String knownErrors(List<ProblemPort.KnownErrorMatch> matches) {
    if (matches.isEmpty()) {
      return "none for this CI or service";
    }
    return ProcessVariables.shown(matches.stream().map(k -> k.number() + " (" + k.problemNumber() + ") " + k.title()
        + ": " + (k.workaround() == null ? "no workaround yet" : k.workaround())).toList(), "\n");
  }
}
