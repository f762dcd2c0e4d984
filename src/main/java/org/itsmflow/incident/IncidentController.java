package org.itsmflow.incident;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.itsmflow.incident.IncidentProcess.Messages;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.validation.OneOf;
import org.itsmflow.platform.validation.Text;
import org.itsmflow.platform.validation.WholeNumber;
import org.itsmflow.ports.ProblemPort;
import org.itsmflow.record.RecordProcess;
import org.itsmflow.record.Step;
import org.itsmflow.sla.SlaClocks;
import org.itsmflow.sla.SlaStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The incident API for integrators and monitoring tools. Every action goes through the process
 * (message correlation or task completion) in one transaction with the record; an action the
 * incident's status does not allow answers 409 with the status.
 */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

  private final Incidents incidents;
  private final SlaClocks slaClocks;
  private final ProblemPort problems;
  private final RecordProcess tasks;

  IncidentController(Incidents incidents, SlaClocks slaClocks,
      ProblemPort problems, RecordProcess tasks) {
    this.incidents = incidents;
    this.slaClocks = slaClocks;
    this.problems = problems;
    this.tasks = tasks;
  }

  record CreateRequest(String title, String description, String serviceCode, String ciId, String category,
      Integer impact, Integer urgency, String reportedBy, String channel, Boolean declaredMajor) {}

  record ReasonRequest(@Text(max = 4000) String reason) {}

  /** A work note: internal (staff only) unless {@code visibility} is {@code public}. */
  record NoteRequest(@Text(max = 4000) String text,
      @OneOf(value = {"internal", "public"}, optional = true) String visibility) {}

  record ResolveRequest(@Text(max = 30) String resolutionCode, @Text(max = 4000) String resolution) {}

  record LinkRequest(@Text(max = 20) String parent) {}

  record ReclassifyRequest(@WholeNumber(min = 1, max = 3) Integer impact,
      @WholeNumber(min = 1, max = 3) Integer urgency) {}

  /** Records the incident and starts its process in one transaction. */
  @PostMapping
  @Transactional
  ResponseEntity<IncidentView> create(@RequestBody CreateRequest body) {
    Incidents.Report report = incidents.validate(new Incidents.Report(body.title(), body.description(),
        body.serviceCode(), body.ciId(), body.category(), body.impact(), body.urgency(), body.reportedBy(),
        body.channel()));
    // What only the record keeps goes in as transient values: Task_RecordIncident, in this same
    // transaction, writes it to the record; the engine never stores it (the forms read the record).
    VariableMap variables = newVariables()
        .putValue(IncidentProcess.Variables.TITLE, report.title())
        .putValueTyped(IncidentProcess.Variables.DESCRIPTION, stringValue(report.description(), true))
        .putValue(IncidentProcess.Variables.SERVICE_CODE, report.serviceCode())
        .putValueTyped(IncidentProcess.Variables.CI_ID, stringValue(report.ciId(), true))
        .putValue(IncidentProcess.Variables.CATEGORY, report.category())
        .putValue(IncidentProcess.Variables.IMPACT, report.impact())
        .putValue(IncidentProcess.Variables.URGENCY, report.urgency())
        .putValueTyped(IncidentProcess.Variables.REPORTED_BY, stringValue(report.reportedBy(), true))
        .putValueTyped(IncidentProcess.Variables.CHANNEL, stringValue(report.channel(), true))
        .putValue(IncidentProcess.Variables.DECLARED_MAJOR, Boolean.TRUE.equals(body.declaredMajor()));
    String number = tasks.start(IncidentProcess.KEY, variables);
    IncidentView view = view(number);
    return ResponseEntity.created(URI.create("/api/incidents/" + number)).body(view);
  }

  @GetMapping("/{number}")
  IncidentView get(@PathVariable String number) {
    return view(number);
  }

  @GetMapping("/{number}/sla")
  List<SlaStatus> sla(@PathVariable String number) {
    incidents.get(number);
    return slaClocks.status(number);
  }

  /** Filters: status (open, new, in-progress, on-hold, resolved, closed), priority, service, group, breached. */
  @GetMapping
  List<IncidentView> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) Integer priority, @RequestParam(required = false) String service,
      @RequestParam(required = false) String group, @RequestParam(required = false) Boolean breached,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Fields.Page slice = Fields.page(page, size);
    Boolean open = "open".equalsIgnoreCase(status) ? Boolean.TRUE : null;
    IncidentStatus exact = status == null || open != null ? null : Fields.oneOf("status", status, IncidentStatus.class);
    if (priority != null) {
      Fields.range("priority", priority, 1, 5);
    }
    return incidents.find(new IncidentQuery(open, exact, priority, service, group, breached, slice.offset(), slice.limit()))
        .stream().map(i -> IncidentView.of(i, List.of(), List.of())).toList();
  }

  private static final IncidentStatus[] OPEN = {IncidentStatus.NEW, IncidentStatus.IN_PROGRESS,
      IncidentStatus.ON_HOLD};
  static final Step HOLD = Step.message("put on hold", Messages.PUT_ON_HOLD, IncidentStatus.NEW,
      IncidentStatus.IN_PROGRESS);
  static final Step RESUME = Step.message("resume", Messages.RESUMED, IncidentStatus.ON_HOLD);
  static final Step ESCALATE = Step.message("escalate", Messages.ESCALATION_REQUESTED, OPEN);
  static final Step RESOLVE = Step.task("resolve", IncidentProcess.Elements.INVESTIGATE, OPEN);
  static final Step REOPEN = Step.message("reopen", Messages.REOPENED, IncidentStatus.RESOLVED);
  static final Step CLOSE = Step.message("close", Messages.CONFIRMED, IncidentStatus.RESOLVED);
  static final Step LINK = Step.message("link", Messages.LINKED, OPEN);
  static final Step RECLASSIFY = Step.message("reclassify", Messages.RECLASSIFIED, OPEN);

  @PostMapping("/{number}/work-notes")
  @Transactional
  IncidentView addWorkNote(@PathVariable String number, @RequestBody NoteRequest body) {
    tasks.addWorkNote(number, body, () -> Fields.trimmed(body.text()), body.visibility());
    return view(number);
  }

  @PostMapping("/{number}/hold")
  @Transactional
  IncidentView hold(@PathVariable String number, @RequestBody ReasonRequest body) {
    tasks.take(number, HOLD, body, () -> Map.of(IncidentProcess.Variables.REASON, Fields.trimmed(body.reason())));
    return view(number);
  }

  @PostMapping("/{number}/resume")
  @Transactional
  IncidentView resume(@PathVariable String number) {
    tasks.take(number, RESUME);
    return view(number);
  }

  @PostMapping("/{number}/escalate")
  @Transactional
  IncidentView escalate(@PathVariable String number, @RequestBody ReasonRequest body) {
    tasks.take(number, ESCALATE,
        () -> Map.of(IncidentProcess.Variables.REASON, Fields.trimmed(body.reason())));
    return view(number);
  }

  /** Completes the investigation as the caller: a candidate of the group that holds it (403 otherwise). */
  @PostMapping("/{number}/resolve")
  @Transactional
  IncidentView resolve(@PathVariable String number, @RequestBody ResolveRequest body) {
    tasks.take(number, RESOLVE, body, () -> Map.of(
        IncidentProcess.Variables.OUTCOME, IncidentProcess.Variables.OUTCOME_RESOLVE,
        IncidentProcess.Variables.RESOLUTION_CODE,
        Fields.trimmed(body.resolutionCode()),
        IncidentProcess.Variables.RESOLUTION, Fields.trimmed(body.resolution())));
    return view(number);
  }

  @PostMapping("/{number}/reopen")
  @Transactional
  IncidentView reopen(@PathVariable String number, @RequestBody ReasonRequest body) {
    tasks.take(number, REOPEN, body, () -> Map.of(IncidentProcess.Variables.REASON, Fields.trimmed(body.reason())));
    return view(number);
  }

  @PostMapping("/{number}/close")
  @Transactional
  IncidentView close(@PathVariable String number) {
    tasks.take(number, CLOSE);
    return view(number);
  }

  /** This incident is caused by a (major) parent incident and will be resolved with it. */
  @PostMapping("/{number}/link")
  @Transactional
  IncidentView link(@PathVariable String number, @RequestBody LinkRequest body) {
    tasks.take(number, LINK, body, () -> {
      String parent = Fields.trimmed(body.parent());
      incidents.checkLink(number, parent);
      return Map.of(IncidentProcess.Variables.PARENT_NUMBER, parent);
    });
    return view(number);
  }

  /** New impact and urgency: the decision table sets the priority again, the SLA follows. */
  @PostMapping("/{number}/reclassify")
  @Transactional
  IncidentView reclassify(@PathVariable String number, @RequestBody ReclassifyRequest body) {
    tasks.take(number, RECLASSIFY, body, () -> Map.of(
        IncidentProcess.Variables.IMPACT, body.impact(), IncidentProcess.Variables.URGENCY, body.urgency()));
    return view(number);
  }

  private IncidentView view(String number) {
    Incident incident = incidents.get(number);
    List<SlaStatus> sla = incident.priority() == null ? List.of() : slaClocks.status(number);
    return IncidentView.of(incident, incidents.children(number), problems.problemOf(number),
        problems.knownErrors(incident.serviceCode(), incident.ciId()), sla, incidents.workLog(number));
  }

  private static VariableMap newVariables() {
    return org.camunda.bpm.engine.variable.Variables.createVariables();
  }

  private static StringValue stringValue(String value, boolean isTransient) {
    return org.camunda.bpm.engine.variable.Variables.stringValue(value, isTransient);
  }
}
