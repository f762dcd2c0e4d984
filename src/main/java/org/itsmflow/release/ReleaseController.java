package org.itsmflow.release;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.itsmflow.platform.ActionNotAllowedException;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.platform.validation.OneOf;
import org.itsmflow.platform.validation.Text;
import org.itsmflow.record.RecordProcess;
import org.itsmflow.record.Step;
import org.itsmflow.release.ReleaseProcess.Elements;
import org.itsmflow.release.ReleaseProcess.Messages;
import org.itsmflow.release.ReleaseProcess.Variables;
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
 * The release API. Every action goes through the process (task completion or message
 * correlation) in one transaction with the record; the caller must be a candidate of the task
 * the action completes. An action the release's status does not allow answers 409.
 */
@RestController
@RequestMapping("/api/releases")
class ReleaseController {

  private final Releases releases;
  private final ReleaseBaselines baselines;
  private final RecordProcess tasks;

  ReleaseController(Releases releases, ReleaseBaselines baselines, RecordProcess tasks) {
    this.releases = releases;
    this.baselines = baselines;
    this.tasks = tasks;
  }

  record CreateRequest(String title, String description, String type, List<String> changes, List<String> problems,
      List<String> knownErrors, String windowStart, String windowEnd, String deploymentMode, String deploymentGroup) {}

  record BuildRequest(@Text(max = 100) String version, @Text(max = 4000) String notes) {}

  record TestRequest(@OneOf({"passed", "failed"}) String result, @Text(max = 4000) String evidence) {}

  record AcceptanceRequest(@OneOf({"accept", "reject"}) String decision, @Text(max = 4000) String reason) {}

  record DeploymentResult(@OneOf({"success", "failed"}) String outcome, @Text(max = 4000) String notes) {}

  /** Reschedule (with a new window) or cancel. */
  record WindowRequest(@OneOf({"reschedule", "cancel"}) String decision, String windowStart, String windowEnd,
      @Text(max = 4000) String reason) {}

  record NotesRequest(@Text(max = 4000) String notes) {}

  /** Replan (new changes and window) or cancel (reason required). */
  record ReplanRequest(@OneOf({"replan", "cancel"}) String decision, List<String> changes, String windowStart,
      String windowEnd, String reason) {}

  /** A work note: internal (staff only) unless {@code visibility} is {@code public}. */
  record NoteRequest(@Text(max = 4000) String text,
      @OneOf(value = {"internal", "public"}, optional = true) String visibility) {}

  /** Records the release plan and starts its process in one transaction. */
  @PostMapping
  @Transactional
  ResponseEntity<ReleaseView> create(@RequestBody CreateRequest body) {
    if (body == null) {
      throw new InvalidFieldException("title", "required");
    }
    Releases.Plan plan = releases.validate(new Releases.Plan(body.title(), body.description(), body.type(),
        body.changes(), body.problems(), body.knownErrors(), time("windowStart", body.windowStart()),
        time("windowEnd", body.windowEnd()), body.deploymentMode(), body.deploymentGroup(), null), null);
    VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue(Variables.TITLE, plan.title())
        // Transient: Task_RecordRelease writes the plan to the record in this transaction.
        .putValueTyped(Variables.DESCRIPTION, org.camunda.bpm.engine.variable.Variables.stringValue(plan.description(), true))
        .putValue(Variables.TYPE, plan.type())
        .putValueTyped(Variables.CHANGES, ProcessVariables.listValue(plan.changes(), true))
        .putValueTyped(Variables.PROBLEMS, ProcessVariables.listValue(plan.problems(), true))
        .putValueTyped(Variables.KNOWN_ERRORS, ProcessVariables.listValue(plan.knownErrors(), true))
        .putValue(Variables.WINDOW_START, Date.from(plan.windowStart()))
        .putValue(Variables.WINDOW_END, Date.from(plan.windowEnd()))
        .putValueTyped(Variables.DEPLOYMENT_MODE,
            org.camunda.bpm.engine.variable.Variables.stringValue(plan.deploymentMode(), true))
        .putValue(Variables.DEPLOYMENT_GROUP, plan.deploymentGroup())
        .putValueTyped(Variables.REQUESTED_BY,
            org.camunda.bpm.engine.variable.Variables.stringValue(plan.requestedBy(), true));
    String number = tasks.start(ReleaseProcess.KEY, variables);
    return ResponseEntity.created(URI.create("/api/releases/" + number)).body(view(number));
  }

  @GetMapping("/{number}")
  ReleaseView get(@PathVariable String number) {
    return view(number);
  }

  /** Filters: status, type; newest first. */
  @GetMapping
  List<ReleaseView> list(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Fields.Page slice = Fields.page(page, size);
    return releases.find(status, type, slice.offset(), slice.limit()).stream().map(ReleaseView::summary).toList();
  }

  /** The affected CIs' baseline next to their current records, with the fields that differ. */
  @GetMapping("/{number}/baseline")
  List<ReleaseBaselines.Entry> baseline(@PathVariable String number) {
    releases.get(number);
    return baselines.compare(number);
  }

  static final Step BUILD = Step.task("record a build", Elements.BUILD, ReleaseStatus.BUILDING);
  static final Step TEST = Step.task("record a test", Elements.TEST, ReleaseStatus.BUILDING);
  static final Step ACCEPT = Step.task("be accepted", Elements.ACCEPT, ReleaseStatus.AWAITING_ACCEPTANCE);
  static final Step DEPLOY = Step.task("take a deployment result", Elements.DEPLOY, ReleaseStatus.DEPLOYING);
  static final Step REPORT_DEPLOYMENT = Step.message("take a deployment result", Messages.DEPLOYMENT_RESULT,
      ReleaseStatus.DEPLOYING);
  static final Step HANDLE_MISSED_WINDOW = Step.task("get a new window", Elements.HANDLE_MISSED_WINDOW,
      ReleaseStatus.WINDOW_MISSED);
  static final Step ROLL_BACK = Step.task("be rolled back", Elements.ROLL_BACK, ReleaseStatus.ROLLING_BACK);
  static final Step REPLAN_OR_CANCEL = Step.task("be replanned", Elements.REPLAN_OR_CANCEL,
      ReleaseStatus.AWAITING_REPLAN);

  @PostMapping("/{number}/build")
  @Transactional
  ReleaseView build(@PathVariable String number, @RequestBody BuildRequest body) {
    BuildRequest r = body;
    tasks.take(number, BUILD, body, () -> Map.of(
        Variables.BUILD_VERSION, Fields.trimmed(r.version()),
        Variables.BUILD_NOTES, Fields.trimmed(r.notes())));
    return view(number);
  }

  @PostMapping("/{number}/tests")
  @Transactional
  ReleaseView test(@PathVariable String number, @RequestBody TestRequest body) {
    TestRequest r = body;
    tasks.take(number, TEST, body, () -> Map.of(
        Variables.TEST_RESULT, Fields.listed(r.result()),
        Variables.TEST_EVIDENCE, Fields.trimmed(r.evidence())));
    return view(number);
  }

  /** The caller's group accepts or rejects: the open acceptance task the caller is a candidate of. */
  @PostMapping("/{number}/acceptance")
  @Transactional
  ReleaseView accept(@PathVariable String number, @RequestBody AcceptanceRequest body) {
    AcceptanceRequest r = body;
    tasks.take(number, ACCEPT, body, () -> Map.of(
        Variables.ACCEPTANCE, Fields.listed(r.decision()),
        Variables.REASON, Fields.trimmed(r.reason())));
    return view(number);
  }

  /**
   * The deployment result: from the deployment group (completes "Deploy release") or, for an
   * automated release, from its pipeline (message ReleaseDeploymentResult).
   */
  @PostMapping("/{number}/deployment-result")
  @Transactional
  ReleaseView deploymentResult(@PathVariable String number, @RequestBody DeploymentResult body) {
    DeploymentResult r = body;
    boolean automated = Releases.AUTOMATED.equals(releases.get(number).deploymentMode());
    tasks.take(number, automated ? REPORT_DEPLOYMENT : DEPLOY, body, () -> {
      Map<String, Object> variables = Map.of(
          Variables.DEPLOYMENT_OUTCOME, Fields.listed(r.outcome()),
          Variables.DEPLOYMENT_NOTES, Fields.trimmed(r.notes()));
      if (automated) {
        // The pipeline reports for the deployment group: only a candidate of its open task may.
        Task task = tasks.openTask(number, Elements.DEPLOY);
        if (task == null) {
          throw new ActionNotAllowedException(number, releases.get(number).status().id(),
              "take a deployment result: no open deployment");
        }
        tasks.requireCandidate(task);
      }
      return variables;
    });
    return view(number);
  }

  /** After a missed window: a new window, or cancel the release. */
  @PostMapping("/{number}/window")
  @Transactional
  ReleaseView window(@PathVariable String number, @RequestBody WindowRequest body) {
    tasks.take(number, HANDLE_MISSED_WINDOW, body, () -> {
      WindowRequest r = body;
      Map<String, Object> variables = new HashMap<>();
      variables.put(Variables.WINDOW_DECISION,
          Fields.listed(r.decision()));
      variables.put(Variables.REASON, Fields.trimmed(r.reason()));
      if (Variables.RESCHEDULE.equals(variables.get(Variables.WINDOW_DECISION))) {
        List<Instant> window = Releases.window("windowStart", time("windowStart", r.windowStart()),
            time("windowEnd", r.windowEnd()));
        variables.put(Variables.WINDOW_START, Date.from(window.get(0)));
        variables.put(Variables.WINDOW_END, Date.from(window.get(1)));
      }
      return variables;
    });
    return view(number);
  }

  @PostMapping("/{number}/rollback")
  @Transactional
  ReleaseView rollback(@PathVariable String number, @RequestBody NotesRequest body) {
    tasks.take(number, ROLL_BACK,
        () -> Map.of(Variables.ROLLBACK_NOTES, Fields.trimmed(body.notes())));
    return view(number);
  }

  /** After a rollback: replan with new changes and a new window, or cancel. */
  @PostMapping("/{number}/replan")
  @Transactional
  ReleaseView replan(@PathVariable String number, @RequestBody ReplanRequest body) {
    tasks.take(number, REPLAN_OR_CANCEL, body, () -> {
      Release release = releases.get(number);
      ReplanRequest r = body;
      Map<String, Object> variables = new HashMap<>();
      variables.put(Variables.REPLAN_DECISION,
          Fields.listed(r.decision()));
      if (Variables.REPLAN.equals(variables.get(Variables.REPLAN_DECISION))) {
        Releases.Plan plan = releases.validate(new Releases.Plan(release.title(), release.description(),
            release.type(), r.changes(), releases.references(number, ReleaseRepository.PROBLEM),
            releases.references(number, ReleaseRepository.KNOWN_ERROR), time("windowStart", r.windowStart()),
            time("windowEnd", r.windowEnd()), release.deploymentMode(), release.deploymentGroup(),
            release.requestedBy()), number);
        variables.put(Variables.CHANGES, ProcessVariables.listValue(plan.changes(), true));
        variables.put(Variables.WINDOW_START, Date.from(plan.windowStart()));
        variables.put(Variables.WINDOW_END, Date.from(plan.windowEnd()));
      } else {
        variables.put(Variables.REASON, Fields.text("reason", r.reason(), 4000));
      }
      return variables;
    });
    return view(number);
  }

  @PostMapping("/{number}/work-notes")
  @Transactional
  ReleaseView addWorkNote(@PathVariable String number, @RequestBody NoteRequest body) {
    tasks.addWorkNote(number, body, () -> {
      tasks.requireCandidate(Set.of(RoleGroup.RELEASE_MANAGERS.id(), releases.get(number).deploymentGroup()), Set.of());
      return Fields.trimmed(body.text());
    }, body.visibility());
    return view(number);
  }

  private static Instant time(String field, String value) {
    return Fields.optionalInstant(field, value);
  }

  private ReleaseView view(String number) {
    Release r = releases.get(number);
    return ReleaseView.of(r, releases.changes(number), releases.references(number, ReleaseRepository.PROBLEM),
        releases.references(number, ReleaseRepository.KNOWN_ERROR), releases.affectedServices(number),
        releases.affectedCis(number), releases.tests(number), releases.acceptances(number), releases.workLog(number));
  }
}
