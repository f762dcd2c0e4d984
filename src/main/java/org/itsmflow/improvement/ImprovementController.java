package org.itsmflow.improvement;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.itsmflow.improvement.ImprovementProcess.Elements;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.record.RecordProcess;
import org.itsmflow.record.Step;
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
 * The improvement register's API: all staff suggest and read; the process owners decide; the
 * owner group plans, implements and measures (each completing its task, else 403).
 */
@RestController
@RequestMapping("/api/improvements")
class ImprovementController {

  private final Improvements improvements;
  private final RecordProcess tasks;

  ImprovementController(Improvements improvements, RecordProcess tasks) {
    this.improvements = improvements;
    this.tasks = tasks;
  }

  record CreateRequest(String title, String description, String source, String sourceReference, String benefit,
      String effort, String risk, String alignment) {}

  record DecisionRequest(String decision, String reason, String ownerGroup) {}

  record PlanRequest(String expectedOutcome, String measure, String targetValue, Integer reviewDays) {}

  record ImplementationRequest(String notes) {}

  record MeasurementRequest(String actualValue, String actualOutcome, String outcome, String lessons) {}

  /** A work note: internal (staff only) unless {@code visibility} is {@code public}. */
  record NoteRequest(String text, String visibility) {}

  /** An entry in the register with its work log. */
  record ImprovementView(Improvement improvement, List<WorkLogEntry> workLog) {}

  @PostMapping
  @Transactional
  ResponseEntity<ImprovementView> create(@RequestBody CreateRequest body) {
    if (body == null) {
      throw new InvalidFieldException("title", "required");
    }
    Improvements.Suggestion s = improvements.validate(new Improvements.Suggestion(body.title(), body.description(),
        body.source(), body.sourceReference(), body.benefit(), body.effort(), body.risk(), body.alignment()));
    VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue(Variables.TITLE, s.title()).putValue(Variables.DESCRIPTION, s.description())
        .putValue(Variables.SOURCE, s.source()).putValue(Variables.SOURCE_REFERENCE, s.sourceReference())
        .putValue(Variables.BENEFIT, s.benefit()).putValue(Variables.EFFORT, s.effort())
        .putValue(Variables.RISK, s.risk()).putValue(Variables.ALIGNMENT, s.alignment());
    String number = tasks.start(ImprovementProcess.KEY, variables);
    return ResponseEntity.created(URI.create("/api/improvements/" + number)).body(view(number));
  }

  @GetMapping("/{number}")
  ImprovementView get(@PathVariable String number) {
    return view(number);
  }

  /** The register: filters status, source, priority; newest first. */
  @GetMapping
  List<Improvement> list(@RequestParam(required = false) String status, @RequestParam(required = false) String source,
      @RequestParam(required = false) Integer priority, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Fields.Page slice = Fields.page(page, size);
    return improvements.find(status, source, priority, slice.offset(), slice.limit());
  }

  static final Step DECIDE = Step.task("be decided", Elements.APPROVE, ImprovementStatus.PROPOSED);
  static final Step PLAN = Step.task("be planned", Elements.PLAN, ImprovementStatus.PLANNING);
  static final Step IMPLEMENT = Step.task("be implemented", Elements.IMPLEMENT, ImprovementStatus.IMPLEMENTING);
  static final Step MEASURE = Step.task("be measured", Elements.MEASURE, ImprovementStatus.MEASURING);

  @PostMapping("/{number}/decision")
  @Transactional
  ImprovementView decide(@PathVariable String number, @RequestBody DecisionRequest body) {
    DecisionRequest r = body == null ? new DecisionRequest(null, null, null) : body;
    tasks.take(number, DECIDE, () -> {
      Map<String, Object> variables = new HashMap<>();
      variables.put(Variables.DECISION, Fields.oneOf("decision", r.decision(), List.of("approve", "reject")));
      variables.put(Variables.DECISION_REASON, Fields.text("reason", r.reason(), 4000));
      variables.put(Variables.OWNER_GROUP, r.ownerGroup());
      return variables;
    });
    return view(number);
  }

  @PostMapping("/{number}/plan")
  @Transactional
  ImprovementView plan(@PathVariable String number, @RequestBody PlanRequest body) {
    PlanRequest r = body == null ? new PlanRequest(null, null, null, null) : body;
    tasks.take(number, PLAN, () -> Map.of(
        Variables.EXPECTED_OUTCOME, Fields.text("expectedOutcome", r.expectedOutcome(), 4000),
        Variables.MEASURE, Fields.text("measure", r.measure(), 1000),
        Variables.TARGET_VALUE, Fields.text("targetValue", r.targetValue(), 200),
        Variables.REVIEW_DAYS, Fields.range("reviewDays", r.reviewDays(), 1, 730)));
    return view(number);
  }

  @PostMapping("/{number}/implementation")
  @Transactional
  ImprovementView implement(@PathVariable String number, @RequestBody ImplementationRequest body) {
    tasks.take(number, IMPLEMENT,
        () -> Map.of(Variables.IMPLEMENTATION_NOTES, Fields.text("notes", body == null ? null : body.notes(), 4000)));
    return view(number);
  }

  /** After the review period: actual against expected; achieved, replan, or close (lessons required). */
  @PostMapping("/{number}/measurement")
  @Transactional
  ImprovementView measure(@PathVariable String number, @RequestBody MeasurementRequest body) {
    MeasurementRequest r = body == null ? new MeasurementRequest(null, null, null, null) : body;
    tasks.take(number, MEASURE, () -> {
      String outcome = Fields.oneOf("outcome", r.outcome(), Improvements.OUTCOMES);
      Map<String, Object> variables = new HashMap<>();
      variables.put(Variables.ACTUAL_VALUE, Fields.text("actualValue", r.actualValue(), 200));
      variables.put(Variables.ACTUAL_OUTCOME, Fields.text("actualOutcome", r.actualOutcome(), 4000));
      variables.put(Variables.OUTCOME, outcome);
      variables.put(Variables.LESSONS, outcome.equals("achieved") ? Fields.optionalText("lessons", r.lessons(), 4000)
          : Fields.text("lessons", r.lessons(), 4000));
      return variables;
    });
    return view(number);
  }

  @PostMapping("/{number}/work-notes")
  @Transactional
  ImprovementView addWorkNote(@PathVariable String number, @RequestBody NoteRequest body) {
    tasks.addWorkNote(number, () -> Fields.text("text", body == null ? null : body.text(), 4000), visibility(body));
    return view(number);
  }

  private ImprovementView view(String number) {
    return new ImprovementView(improvements.get(number), improvements.workLog(number));
  }

  private static String visibility(NoteRequest body) {
    return body == null ? null : body.visibility();
  }
}
