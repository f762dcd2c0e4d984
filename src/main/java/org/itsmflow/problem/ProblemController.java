package org.itsmflow.problem;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.validation.OneOf;
import org.itsmflow.platform.validation.Text;
import org.itsmflow.ports.ChangePort;
import org.itsmflow.problem.ProblemProcess.Elements;
import org.itsmflow.problem.ProblemProcess.Messages;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.itsmflow.record.RecordProcess;
import org.itsmflow.record.Step;
import org.itsmflow.security.RoleGroup;
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
 * The problem API. Every action goes through the process (task completion or message
 * correlation) in one transaction with the record; completing a task needs the caller to be
 * its candidate (problem-managers). An action the problem's status does not allow answers 409.
 */
@RestController
@RequestMapping("/api/problems")
class ProblemController {

  private final Problems problems;
  private final KnownErrors knownErrors;
  private final ProblemRequests requests;
  private final ChangePort changes;
  private final RecordProcess tasks;

  ProblemController(Problems problems, KnownErrors knownErrors, ProblemRequests requests, ChangePort changes,
      RecordProcess tasks) {
    this.problems = problems;
    this.knownErrors = knownErrors;
    this.requests = requests;
    this.changes = changes;
    this.tasks = tasks;
  }

  record CreateRequest(String title, String description, String serviceCode, List<String> ciIds,
      List<String> incidents, String source) {}

  /** Accept (category, impact, urgency required) or reject (reason required). */
  record CategorisationRequest(@OneOf({"accept", "reject"}) String decision, String category, Integer impact,
      Integer urgency, String reason) {}

  record IncidentLinkRequest(@Text(max = 20) String incident) {}

  record AnalysisRequest(
      @OneOf({"five-whys", "ishikawa", "fault-tree", "kepner-tregoe", "timeline", "other"}) String method,
      String causeCategory, @Text(max = 4000) String findings, @Text(max = 4000, optional = true) String rootCause) {}

  record WorkaroundRequest(@Text(max = 4000) String workaround) {}

  record ChangeRequest(String category, String rootCause, String causeCategory, String implementationPlan,
      String backoutPlan, Boolean backoutTested, String plannedStart, String plannedEnd) {}

  record FixRequest(String rootCause, String causeCategory, String notes) {}

  record CloseRequest(String closureCode, String notes) {}

  /** A work note: internal (staff only) unless {@code visibility} is {@code public}. */
  record NoteRequest(@Text(max = 4000) String text,
      @OneOf(value = {"internal", "public"}, optional = true) String visibility) {}

  /** Records the problem and starts its process in one transaction. */
  @PostMapping
  @Transactional
  ResponseEntity<ProblemView> create(@RequestBody CreateRequest body) {
    if (body == null) {
      throw new InvalidFieldException("title", "required");
    }
    if ("trend".equalsIgnoreCase(body.source()) || "release".equalsIgnoreCase(body.source())) {
      throw new InvalidFieldException("source",
          "manual, incident or major-incident-review (trends and early life support raise their own)");
    }
    String number = requests.raise(new Problems.Report(body.title(), body.description(), body.serviceCode(),
        body.ciIds(), body.incidents(), body.source(), null), null);
    return ResponseEntity.created(URI.create("/api/problems/" + number)).body(view(number));
  }

  @GetMapping("/{number}")
  ProblemView get(@PathVariable String number) {
    return view(number);
  }

  /** Filters: status, service, ci, priority; newest first. */
  @GetMapping
  List<ProblemView> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) String service, @RequestParam(required = false) String ci,
      @RequestParam(required = false) Integer priority, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Fields.Page slice = Fields.page(page, size);
    return problems.find(status, service, ci, priority, slice.offset(), slice.limit()).stream().map(ProblemView::summary)
        .toList();
  }

  static final Step CATEGORISE = Step.task("be categorised", Elements.CATEGORISE, ProblemStatus.LOGGED);
  static final Step LINK_INCIDENT = Step.message("link an incident", Messages.INCIDENT_LINKED);
  static final Step SUBMIT_RCA = Step.message("record a root cause analysis", Messages.RCA_SUBMITTED);
  static final Step RECORD_WORKAROUND = Step.message("record a workaround", Messages.WORKAROUND_FOUND);
  static final Step REQUEST_CHANGE = Step.task("request a change", Elements.INVESTIGATE, ProblemStatus.INVESTIGATING);
  static final Step FIX = Step.task("be fixed", Elements.INVESTIGATE, ProblemStatus.INVESTIGATING);
  static final Step CLOSE = Step.task("be closed without a fix", Elements.INVESTIGATE, ProblemStatus.INVESTIGATING);

  /** The problem manager accepts the problem (category, impact, urgency) or rejects the candidate (reason). */
  @PostMapping("/{number}/categorisation")
  @Transactional
  ProblemView categorise(@PathVariable String number, @RequestBody CategorisationRequest body) {
    tasks.take(number, CATEGORISE, body, () -> {
      CategorisationRequest r = body;
      Map<String, Object> variables = new HashMap<>();
      // Which fields are required depends on the decision: checked here, not by the request type.
      if (Variables.REJECT.equals(Fields.listed(r.decision()))) {
        variables.put(Variables.DECISION, Variables.REJECT);
        variables.put(Variables.REASON, Fields.text("reason", r.reason(), 4000));
      } else {
        variables.put(Variables.DECISION, Variables.ACCEPT);
        variables.put(Variables.CATEGORY, Fields.text("category", r.category(), 50));
        variables.put(Variables.IMPACT, Fields.range("impact", r.impact(), 1, 3));
        variables.put(Variables.URGENCY, Fields.range("urgency", r.urgency(), 1, 3));
      }
      return variables;
    });
    return view(number);
  }

  @PostMapping("/{number}/incidents")
  @Transactional
  ProblemView linkIncident(@PathVariable String number, @RequestBody IncidentLinkRequest body) {
    tasks.take(number, LINK_INCIDENT, body, () -> Map.of(Variables.INCIDENT,
        problems.linkable(number, "incident", body.incident()).number()));
    return view(number);
  }

  /** A root cause analysis; with a root cause it publishes the known error. */
  @PostMapping("/{number}/rca")
  @Transactional
  ProblemView analyse(@PathVariable String number, @RequestBody AnalysisRequest body) {
    tasks.take(number, SUBMIT_RCA, body, () -> {
      requireInvestigator();
      AnalysisRequest r = body;
      Map<String, Object> variables = new HashMap<>();
      variables.put(Variables.RCA_METHOD, Fields.listed(r.method()));
      variables.put(Variables.FINDINGS, Fields.trimmed(r.findings()));
      String rootCause = Fields.trimmed(r.rootCause());
      variables.put(Variables.ROOT_CAUSE, rootCause);
      variables.put(Variables.CAUSE_CATEGORY, rootCause == null && r.causeCategory() == null ? null
          : Fields.oneOf("causeCategory", r.causeCategory(), Problems.CAUSE_CATEGORIES));
      return variables;
    });
    return view(number);
  }

  /** A workaround: publishes (or updates) the known error for incident management. */
  @PostMapping("/{number}/workaround")
  @Transactional
  ProblemView workaround(@PathVariable String number, @RequestBody WorkaroundRequest body) {
    tasks.take(number, RECORD_WORKAROUND, body, () -> {
      requireInvestigator();
      return Map.of(Variables.WORKAROUND, Fields.trimmed(body.workaround()));
    });
    return view(number);
  }

  /** The investigation ends in an RFC for the permanent fix; the problem waits for the change's outcome. */
  @PostMapping("/{number}/change-request")
  @Transactional
  ProblemView requestChange(@PathVariable String number, @RequestBody ChangeRequest body) {
    tasks.take(number, REQUEST_CHANGE, () -> {
      Problem p = problems.get(number);
      ChangeRequest r = body == null ? new ChangeRequest(null, null, null, null, null, null, null, null) : body;
      Map<String, Object> variables = new HashMap<>();
      variables.put(Variables.NEXT, Variables.CHANGE);
      variables.put(Variables.ROOT_CAUSE, r.rootCause());
      variables.put(Variables.CAUSE_CATEGORY, r.causeCategory());
      variables.put(Variables.CHANGE_CATEGORY, r.category() == null ? "normal" : r.category());
      variables.put(Variables.IMPLEMENTATION_PLAN, r.implementationPlan());
      variables.put(Variables.BACKOUT_PLAN, r.backoutPlan());
      variables.put(Variables.BACKOUT_TESTED, r.backoutTested());
      variables.put(Variables.PLANNED_START, date("plannedStart", r.plannedStart()));
      variables.put(Variables.PLANNED_END, date("plannedEnd", r.plannedEnd()));
      problems.validate(number, investigation(r.rootCause(), r.causeCategory(), Variables.CHANGE, null, null));
      // The RFC's own checks (400 naming its field) before anything is completed.
      changes.validateFix(new ChangePort.FixRequest(number, "Fix " + number, "Fix " + number,
          (String) variables.get(Variables.CHANGE_CATEGORY), p.serviceCode(), problems.affectedCis(number),
          p.impact() == null ? 2 : p.impact(), null, r.implementationPlan(), r.backoutPlan(), r.backoutTested(),
          instant(variables, Variables.PLANNED_START), instant(variables, Variables.PLANNED_END)));
      return variables;
    });
    return view(number);
  }

  /** Fixed without a change (e.g. by a supplier): the review period follows. */
  @PostMapping("/{number}/fix")
  @Transactional
  ProblemView fixed(@PathVariable String number, @RequestBody FixRequest body) {
    tasks.take(number, FIX, () -> {
      FixRequest r = body == null ? new FixRequest(null, null, null) : body;
      problems.validate(number, investigation(r.rootCause(), r.causeCategory(), Variables.FIXED, null, r.notes()));
      Map<String, Object> variables = new HashMap<>();
      variables.put(Variables.NEXT, Variables.FIXED);
      variables.put(Variables.ROOT_CAUSE, r.rootCause());
      variables.put(Variables.CAUSE_CATEGORY, r.causeCategory());
      variables.put(Variables.NOTES, r.notes());
      return variables;
    });
    return view(number);
  }

  /** Closes the problem without a fix: known error accepted, duplicate, or no longer occurring. */
  @PostMapping("/{number}/close")
  @Transactional
  ProblemView close(@PathVariable String number, @RequestBody CloseRequest body) {
    tasks.take(number, CLOSE, () -> {
      CloseRequest r = body == null ? new CloseRequest(null, null) : body;
      problems.validate(number, investigation(null, null, Variables.CLOSE, r.closureCode(), r.notes()));
      Map<String, Object> variables = new HashMap<>();
      variables.put(Variables.NEXT, Variables.CLOSE);
      variables.put(Variables.CLOSURE_CODE, r.closureCode());
      variables.put(Variables.NOTES, r.notes());
      return variables;
    });
    return view(number);
  }

  @PostMapping("/{number}/work-notes")
  @Transactional
  ProblemView addWorkNote(@PathVariable String number, @RequestBody NoteRequest body) {
    tasks.addWorkNote(number, body, () -> Fields.trimmed(body.text()), body.visibility());
    return view(number);
  }

  private static Problems.Investigation investigation(String rootCause, String causeCategory, String next,
      String closureCode, String notes) {
    return new Problems.Investigation(null, causeCategory, null, rootCause, null, next, closureCode, notes);
  }

  /** Root cause analyses and workarounds come from problem managers and 2nd level support. */
  private void requireInvestigator() {
    tasks.requireCandidate(Set.of(RoleGroup.PROBLEM_MANAGERS.id(), RoleGroup.SUPPORT_2ND_LEVEL.id()), Set.of());
  }

  private static Date date(String field, String value) {
    return Date.from(Fields.instant(field, value));
  }

  private static Instant instant(Map<String, Object> variables, String name) {
    return ((Date) variables.get(name)).toInstant();
  }

  private ProblemView view(String number) {
    Problem p = problems.get(number);
    return ProblemView.of(p, problems.affectedCis(number), knownErrors.forProblem(number).orElse(null),
        problems.incidents(number), problems.analyses(number), problems.workLog(number));
  }
}
