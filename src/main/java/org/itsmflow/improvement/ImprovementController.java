package org.itsmflow.improvement;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itsmflow.improvement.ImprovementProcess.Elements;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.validation.OneOf;
import org.itsmflow.platform.validation.Text;
import org.itsmflow.platform.validation.WholeNumber;
import org.itsmflow.record.RecordProcess;
import org.itsmflow.record.Step;
import org.itsmflow.record.WorkLogEntry;
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
  private final ImprovementIntake intake;

  ImprovementController(Improvements improvements, RecordProcess tasks, ImprovementIntake intake) {
    this.intake = intake;
    this.improvements = improvements;
    this.tasks = tasks;
  }

  record CreateRequest(String title, String description, String source, String sourceReference, String benefit,
      String effort, String risk, String alignment) {}

  record DecisionRequest(@OneOf({"approve", "reject"}) String decision, @Text(max = 4000) String reason,
      String ownerGroup) {}

  record PlanRequest(@Text(max = 4000) String expectedOutcome, @Text(max = 1000) String measure,
      @Text(max = 200) String targetValue, @WholeNumber(min = 1, max = 730) Integer reviewDays) {}

  record ImplementationRequest(@Text(max = 4000) String notes) {}

  record MeasurementRequest(@Text(max = 200) String actualValue, @Text(max = 4000) String actualOutcome,
      @OneOf({"achieved", "replan", "close"}) String outcome, @Text(max = 4000, optional = true) String lessons) {}

  /** A work note: internal (staff only) unless {@code visibility} is {@code public}. */
  record NoteRequest(@Text(max = 4000) String text,
      @OneOf(value = {"internal", "public"}, optional = true) String visibility) {}

  /** An entry in the register with its work log. */
  record ImprovementView(Improvement improvement, List<WorkLogEntry> workLog) {}

  @PostMapping
  @Transactional
  ResponseEntity<ImprovementView> create(@RequestBody CreateRequest body) {
    if (body == null) {
      throw new InvalidFieldException("title", "required");
    }
    String number = intake.register(new Improvements.Suggestion(body.title(), body.description(), body.source(),
        body.sourceReference(), body.benefit(), body.effort(), body.risk(), body.alignment()));
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
    DecisionRequest r = body;
    tasks.take(number, DECIDE, body, () -> {
      Map<String, Object> variables = new HashMap<>();
      variables.put(Variables.DECISION, Fields.listed(r.decision()));
      variables.put(Variables.DECISION_REASON, Fields.trimmed(r.reason()));
      variables.put(Variables.OWNER_GROUP, r.ownerGroup());
      return variables;
    });
    return view(number);
  }

  @PostMapping("/{number}/plan")
  @Transactional
  ImprovementView plan(@PathVariable String number, @RequestBody PlanRequest body) {
    PlanRequest r = body;
    tasks.take(number, PLAN, body, () -> Map.of(
        Variables.EXPECTED_OUTCOME, Fields.trimmed(r.expectedOutcome()),
        Variables.MEASURE, Fields.trimmed(r.measure()),
        Variables.TARGET_VALUE, Fields.trimmed(r.targetValue()),
        Variables.REVIEW_DAYS, r.reviewDays()));
    return view(number);
  }

  @PostMapping("/{number}/implementation")
  @Transactional
  ImprovementView implement(@PathVariable String number, @RequestBody ImplementationRequest body) {
    tasks.take(number, IMPLEMENT,
        () -> Map.of(Variables.IMPLEMENTATION_NOTES, Fields.trimmed(body.notes())));
    return view(number);
  }

  /** After the review period: actual against expected; achieved, replan, or close (lessons required). */
  @PostMapping("/{number}/measurement")
  @Transactional
  ImprovementView measure(@PathVariable String number, @RequestBody MeasurementRequest body) {
    MeasurementRequest r = body;
    tasks.take(number, MEASURE, body, () -> {
      String outcome = Fields.listed(r.outcome());
      Map<String, Object> variables = new HashMap<>();
      variables.put(Variables.ACTUAL_VALUE, Fields.trimmed(r.actualValue()));
      variables.put(Variables.ACTUAL_OUTCOME, Fields.trimmed(r.actualOutcome()));
      variables.put(Variables.OUTCOME, outcome);
      // Lessons are optional when the improvement is achieved, required otherwise.
      variables.put(Variables.LESSONS, outcome.equals("achieved") ? Fields.trimmed(r.lessons())
          : Fields.text("lessons", r.lessons(), 4000));
      return variables;
    });
    return view(number);
  }

  @PostMapping("/{number}/work-notes")
  @Transactional
  ImprovementView addWorkNote(@PathVariable String number, @RequestBody NoteRequest body) {
    tasks.addWorkNote(number, body, () -> Fields.trimmed(body.text()), body.visibility());
    return view(number);
  }

  private ImprovementView view(String number) {
    return new ImprovementView(improvements.get(number), improvements.workLog(number));
  }
}
