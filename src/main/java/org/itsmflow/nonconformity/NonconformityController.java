package org.itsmflow.nonconformity;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.itsmflow.nonconformity.NonconformityProcess.Elements;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.validation.DateTime;
import org.itsmflow.platform.validation.OneOf;
import org.itsmflow.platform.validation.Text;
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
 * Nonconformities and corrective actions: process owners record and work them (each action
 * completes its task, else 403); the action owner reports the action done; all staff read.
 */
@RestController
@RequestMapping("/api/nonconformities")
class NonconformityController {

  private final Nonconformities nonconformities;
  private final RecordProcess tasks;

  private final NonconformityIntake intake;

  NonconformityController(Nonconformities nonconformities, RecordProcess tasks, NonconformityIntake intake) {
    this.intake = intake;
    this.nonconformities = nonconformities;
    this.tasks = tasks;
  }

  record CreateRequest(String title, String description, String source, String clause, String severity,
      String detectedBy) {}

  record TextRequest(@Text(max = 4000) String text) {}

  /** A work note: internal (staff only) unless {@code visibility} is {@code public}. */
  record NoteRequest(@Text(max = 4000) String text,
      @OneOf(value = {"internal", "public"}, optional = true) String visibility) {}

  record ActionRequest(@Text(max = 4000) String action, @Text(max = 64) String owner, @DateTime String due) {}

  record ReviewRequest(@NotNull(message = "true or false") Boolean effective, @Text(max = 4000) String evidence) {}

  /** A nonconformity with its work log. */
  record NonconformityView(Nonconformity nonconformity, List<WorkLogEntry> workLog) {}

  @PostMapping
  @Transactional
  ResponseEntity<NonconformityView> create(@RequestBody CreateRequest body) {
    if (body == null) {
      throw new InvalidFieldException("title", "required");
    }
    String number = intake.record(new Nonconformities.Finding(body.title(), body.description(), body.source(),
        body.clause(), body.severity(), body.detectedBy()));
    return ResponseEntity.created(URI.create("/api/nonconformities/" + number)).body(view(number));
  }

  @GetMapping("/{number}")
  NonconformityView get(@PathVariable String number) {
    return view(number);
  }

  @GetMapping
  List<Nonconformity> list(@RequestParam(required = false) String status, @RequestParam(required = false) String source,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Fields.Page slice = Fields.page(page, size);
    return nonconformities.find(status, source, slice.offset(), slice.limit());
  }

  static final Step CORRECT = Step.task("be corrected", Elements.CORRECT, NonconformityStatus.RECORDED);
  static final Step ANALYSE = Step.task("take a cause analysis", Elements.ANALYSE, NonconformityStatus.ANALYSING);
  static final Step PLAN_ACTION = Step.task("take a corrective action", Elements.PLAN_ACTION,
      NonconformityStatus.PLANNING_ACTION);
  static final Step IMPLEMENT_ACTION = Step.task("report its action done", Elements.IMPLEMENT_ACTION,
      NonconformityStatus.ACTION_OPEN);
  static final Step REVIEW = Step.task("be reviewed", Elements.REVIEW, NonconformityStatus.REVIEWING);

  @PostMapping("/{number}/correction")
  @Transactional
  NonconformityView correct(@PathVariable String number, @RequestBody TextRequest body) {
    tasks.take(number, CORRECT, body, () -> Map.of(Variables.CORRECTION, Fields.trimmed(body.text())));
    return view(number);
  }

  @PostMapping("/{number}/cause")
  @Transactional
  NonconformityView cause(@PathVariable String number, @RequestBody TextRequest body) {
    tasks.take(number, ANALYSE, body, () -> Map.of(Variables.CAUSE, Fields.trimmed(body.text())));
    return view(number);
  }

  @PostMapping("/{number}/action")
  @Transactional
  NonconformityView action(@PathVariable String number, @RequestBody ActionRequest body) {
    ActionRequest r = body;
    tasks.take(number, PLAN_ACTION, body, () -> Map.of(
        Variables.ACTION, Fields.trimmed(r.action()),
        Variables.ACTION_OWNER, Fields.trimmed(r.owner()),
        Variables.ACTION_DUE, date("due", r.due())));
    return view(number);
  }

  @PostMapping("/{number}/action-done")
  @Transactional
  NonconformityView actionDone(@PathVariable String number, @RequestBody TextRequest body) {
    tasks.take(number, IMPLEMENT_ACTION, body, () -> Map.of(Variables.ACTION_NOTES, Fields.trimmed(body.text())));
    return view(number);
  }

  @PostMapping("/{number}/review")
  @Transactional
  NonconformityView review(@PathVariable String number, @RequestBody ReviewRequest body) {
    tasks.take(number, REVIEW, body, () -> Map.of(Variables.EFFECTIVE, body.effective(),
        Variables.REVIEW_EVIDENCE, Fields.trimmed(body.evidence())));
    return view(number);
  }

  @PostMapping("/{number}/work-notes")
  @Transactional
  NonconformityView addWorkNote(@PathVariable String number, @RequestBody NoteRequest body) {
    tasks.addWorkNote(number, body, () -> Fields.trimmed(body.text()), body.visibility());
    return view(number);
  }

  private static Date date(String field, String value) {
    return Date.from(Fields.instant(field, value));
  }

  private NonconformityView view(String number) {
    return new NonconformityView(nonconformities.get(number), nonconformities.workLog(number));
  }
}
