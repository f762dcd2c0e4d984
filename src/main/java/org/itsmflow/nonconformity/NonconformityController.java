package org.itsmflow.nonconformity;

import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.itsmflow.record.WorkLogEntry;
import org.itsmflow.nonconformity.NonconformityProcess.Elements;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
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
 * Nonconformities and corrective actions: process owners record and work them (each action
 * completes its task, else 403); the action owner reports the action done; all staff read.
 */
@RestController
@RequestMapping("/api/nonconformities")
class NonconformityController {

  private final Nonconformities nonconformities;
  private final RecordProcess tasks;

  NonconformityController(Nonconformities nonconformities, RecordProcess tasks) {
    this.nonconformities = nonconformities;
    this.tasks = tasks;
  }

  record CreateRequest(String title, String description, String source, String clause, String severity,
      String detectedBy) {}

  record TextRequest(String text) {}

  /** A work note: internal (staff only) unless {@code visibility} is {@code public}. */
  record NoteRequest(String text, String visibility) {}

  record ActionRequest(String action, String owner, String due) {}

  record ReviewRequest(Boolean effective, String evidence) {}

  /** A nonconformity with its work log. */
  record NonconformityView(Nonconformity nonconformity, List<WorkLogEntry> workLog) {}

  @PostMapping
  @Transactional
  ResponseEntity<NonconformityView> create(@RequestBody CreateRequest body) {
    if (body == null) {
      throw new InvalidFieldException("title", "required");
    }
    Nonconformities.Finding f = nonconformities.validate(new Nonconformities.Finding(body.title(), body.description(),
        body.source(), body.clause(), body.severity(), body.detectedBy()));
    VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue(Variables.TITLE, f.title()).putValue(Variables.DESCRIPTION, f.description())
        .putValue(Variables.SOURCE, f.source()).putValue(Variables.CLAUSE, f.clause())
        .putValue(Variables.SEVERITY, f.severity()).putValue(Variables.DETECTED_BY, f.detectedBy());
    String number = tasks.start(NonconformityProcess.KEY, variables);
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
    tasks.take(number, CORRECT, () -> Map.of(Variables.CORRECTION, text("text", body)));
    return view(number);
  }

  @PostMapping("/{number}/cause")
  @Transactional
  NonconformityView cause(@PathVariable String number, @RequestBody TextRequest body) {
    tasks.take(number, ANALYSE, () -> Map.of(Variables.CAUSE, text("text", body)));
    return view(number);
  }

  @PostMapping("/{number}/action")
  @Transactional
  NonconformityView action(@PathVariable String number, @RequestBody ActionRequest body) {
    ActionRequest r = body == null ? new ActionRequest(null, null, null) : body;
    tasks.take(number, PLAN_ACTION, () -> Map.of(
        Variables.ACTION, Fields.text("action", r.action(), 4000),
        Variables.ACTION_OWNER, Fields.text("owner", r.owner(), 64),
        Variables.ACTION_DUE, date("due", r.due())));
    return view(number);
  }

  @PostMapping("/{number}/action-done")
  @Transactional
  NonconformityView actionDone(@PathVariable String number, @RequestBody TextRequest body) {
    tasks.take(number, IMPLEMENT_ACTION, () -> Map.of(Variables.ACTION_NOTES, text("text", body)));
    return view(number);
  }

  @PostMapping("/{number}/review")
  @Transactional
  NonconformityView review(@PathVariable String number, @RequestBody ReviewRequest body) {
    tasks.take(number, REVIEW, () -> {
      if (body == null || body.effective() == null) {
        throw new InvalidFieldException("effective", "true or false");
      }
      return Map.of(Variables.EFFECTIVE, body.effective(),
          Variables.REVIEW_EVIDENCE, Fields.text("evidence", body.evidence(), 4000));
    });
    return view(number);
  }

  @PostMapping("/{number}/work-notes")
  @Transactional
  NonconformityView addWorkNote(@PathVariable String number, @RequestBody NoteRequest body) {
    tasks.addWorkNote(number, () -> Fields.text("text", body == null ? null : body.text(), 4000), visibility(body));
    return view(number);
  }

  private static String text(String field, TextRequest body) {
    return Fields.text(field, body == null ? null : body.text(), 4000);
  }

  private static Date date(String field, String value) {
    return Date.from(Fields.instant(field, value));
  }

  private NonconformityView view(String number) {
    return new NonconformityView(nonconformities.get(number), nonconformities.workLog(number));
  }

  private static String visibility(NoteRequest body) {
    return body == null ? null : body.visibility();
  }
}
