package org.itsmflow.change;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itsmflow.change.ChangeProcess.Elements;
import org.itsmflow.change.ChangeProcess.Messages;
import org.itsmflow.change.ChangeProcess.Variables;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.validation.DateTime;
import org.itsmflow.platform.validation.OneOf;
import org.itsmflow.platform.validation.Text;
import org.itsmflow.record.RecordProcess;
import org.itsmflow.record.Step;
import org.itsmflow.security.RoleGroup;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The change API. Every action goes through the process (task completion or message
 * correlation) in one transaction with the record; the caller must be a candidate of the task
 * that the action completes (or its assignee). An action the change's status does not allow
 * answers 409 with the status.
 */
@RestController
@RequestMapping("/api/changes")
class ChangeController {

  private static final Duration DEFAULT_SCHEDULE_PAST = Duration.ofDays(30);
  private static final Duration DEFAULT_SCHEDULE_AHEAD = Duration.ofDays(365);
  private static final Duration MAX_SCHEDULE = Duration.ofDays(3 * 366);

  private final Changes changes;
  private final ChangeRequests requests;
  private final ChangeSchedule schedule;
  private final RecordProcess tasks;

  ChangeController(Changes changes, ChangeRequests requests, ChangeSchedule schedule,
      RecordProcess tasks) {
    this.changes = changes;
    this.requests = requests;
    this.schedule = schedule;
    this.tasks = tasks;
  }

  record CreateRequest(String title, String description, String category, String templateCode, String serviceCode,
      List<String> ciIds, Integer impact, String requestedBy, String implementationGroup, String implementationPlan,
      String backoutPlan, Boolean backoutTested, String plannedStart, String plannedEnd, String problemNumber,
      String releaseNumber) {}

  record DecisionRequest(@OneOf({"approve", "reject"}) String decision, @Text(max = 4000) String comment) {}

  record VoteRequest(@OneOf({"approve", "reject", "abstain"}) String vote, @Text(max = 4000) String comment) {}

  /** What changes in the revision; what is left out stays as it was. */
  record ResubmitRequest(@Text(max = 4000, optional = true) String description,
      @Text(max = 4000, optional = true) String implementationPlan,
      @Text(max = 4000, optional = true) String backoutPlan, Boolean backoutTested,
      @DateTime(optional = true) String plannedStart, @DateTime(optional = true) String plannedEnd) {}

  record ScheduleRequest(@DateTime String plannedStart, @DateTime String plannedEnd) {}

  record ImplementationRequest(@OneOf({"success", "failed"}) String outcome, @Text(max = 4000) String notes) {}

  record NotesRequest(@Text(max = 4000) String notes) {}

  record ReviewRequest(@OneOf({"effective", "partially-effective", "not-effective"}) String effectiveness,
      @Text(max = 4000) String sideEffects, @Text(max = 4000) String lessons) {}

  record ReasonRequest(String reason) {}

  /** A work note: internal (staff only) unless {@code visibility} is {@code public}. */
  record NoteRequest(@Text(max = 4000) String text,
      @OneOf(value = {"internal", "public"}, optional = true) String visibility) {}

  record IncidentLinkRequest(@Text(max = 20) String incident) {}

  /** Records the RFC and starts its process in one transaction. */
  @PostMapping
  @Transactional
  ResponseEntity<ChangeView> create(@RequestBody CreateRequest body) {
    if (body == null) {
      throw new InvalidFieldException("title", "required");
    }
    String number = requests.submit(new Changes.Rfc(body.title(), body.description(), body.category(),
        body.templateCode(), body.serviceCode(), body.ciIds(), body.impact(), body.requestedBy(),
        body.implementationGroup(), body.implementationPlan(), body.backoutPlan(), body.backoutTested(),
        time("plannedStart", body.plannedStart(), false), time("plannedEnd", body.plannedEnd(), false),
        body.problemNumber(), body.releaseNumber()));
    return ResponseEntity.created(URI.create("/api/changes/" + number)).body(view(number));
  }

  @GetMapping("/{number}")
  ChangeView get(@PathVariable String number) {
    return view(number);
  }

  /** Filters: status, category, service, ci; newest first. */
  @GetMapping
  List<ChangeView> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) String category, @RequestParam(required = false) String service,
      @RequestParam(required = false) String ci, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Fields.Page slice = Fields.page(page, size);
    return changes.find(status, category, service, ci, slice.offset(), slice.limit()).stream().map(ChangeView::summary).toList();
  }

  /** The schedule of change: changes planned in [from, to) and the freeze windows. */
  @GetMapping("/schedule")
  ChangeSchedule.Schedule schedule(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return schedule.between(from(from), to(from, to));
  }

  /** The same as an iCalendar feed for calendar programs. */
  @GetMapping(value = "/schedule.ics", produces = "text/calendar")
  ResponseEntity<String> scheduleCalendar(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
        .body(schedule.ical(schedule.between(from(from), to(from, to)), base));
  }

  static final Step AUTHORISE = Step.anyTask("be authorised",
      List.of(Elements.AUTHORISE, Elements.ESCALATE_CAB, Elements.ECAB_APPROVAL), ChangeStatus.AWAITING_AUTHORISATION);
  static final Step CAB_VOTE = Step.ownTask("take a CAB vote", Elements.CAB_VOTE, ChangeStatus.AWAITING_AUTHORISATION);
  static final Step RESUBMIT = Step.task("be resubmitted", Elements.REVISE, ChangeStatus.REJECTED);
  static final Step WITHDRAW_REJECTED = Step.task("be withdrawn", Elements.REVISE, ChangeStatus.REJECTED);
  static final Step WITHDRAW = Step.message("be withdrawn", Messages.WITHDRAWN, ChangeStatus.RECORDED,
      ChangeStatus.AWAITING_AUTHORISATION, ChangeStatus.AUTHORISED, ChangeStatus.AWAITING_RESCHEDULE,
      ChangeStatus.SCHEDULED);
  static final Step RESCHEDULE = Step.task("be rescheduled", Elements.RESCHEDULE, ChangeStatus.AWAITING_RESCHEDULE);
  static final Step IMPLEMENT = Step.task("report its implementation", Elements.IMPLEMENT, ChangeStatus.IMPLEMENTING);
  static final Step REMEDIATE = Step.task("be remediated", Elements.REMEDIATE, ChangeStatus.REMEDIATING);
  static final Step RETROSPECTIVE = Step.task("be authorised retrospectively", Elements.RETROSPECTIVE,
      ChangeStatus.IN_REVIEW);
  static final Step REVIEW = Step.task("be reviewed", Elements.REVIEW, ChangeStatus.IN_REVIEW);

  /** The change manager's, the ECAB's or the escalated CAB decision, whichever the change awaits. */
  @PostMapping("/{number}/authorisation")
  @Transactional
  ChangeView authorise(@PathVariable String number, @RequestBody DecisionRequest body) {
    tasks.take(number, AUTHORISE, body, () -> decision(body));
    return view(number);
  }

  /** The caller's CAB vote: approve, reject or abstain, with a comment (each member has a task of their own). */
  @PostMapping("/{number}/votes")
  @Transactional
  ChangeView vote(@PathVariable String number, @RequestBody VoteRequest body) {
    tasks.take(number, CAB_VOTE, body, () -> Map.of(Variables.VOTE, Fields.listed(body.vote()),
        Variables.COMMENT, Fields.trimmed(body.comment())));
    return view(number);
  }

  @PostMapping("/{number}/resubmit")
  @Transactional
  ChangeView resubmit(@PathVariable String number, @RequestBody ResubmitRequest body) {
    ResubmitRequest r = body;
    tasks.take(number, RESUBMIT, body, () -> {
      Map<String, Object> variables = new HashMap<>();
      variables.put(Variables.REVISION, Variables.RESUBMIT);
      put(variables, Variables.DESCRIPTION, Fields.trimmed(r.description()));
      put(variables, Variables.IMPLEMENTATION_PLAN, Fields.trimmed(r.implementationPlan()));
      put(variables, Variables.BACKOUT_PLAN, Fields.trimmed(r.backoutPlan()));
      put(variables, Variables.BACKOUT_TESTED, r.backoutTested());
      Instant start = time("plannedStart", r.plannedStart(), false);
      Instant end = time("plannedEnd", r.plannedEnd(), false);
      put(variables, Variables.PLANNED_START, start == null ? null : Date.from(start));
      put(variables, Variables.PLANNED_END, end == null ? null : Date.from(end));
      return variables;
    });
    return view(number);
  }

  /** Withdraws the change: any time before its implementation starts (a rejected change ends its revision). */
  @PostMapping("/{number}/withdraw")
  @Transactional
  ChangeView withdraw(@PathVariable String number, @RequestBody(required = false) ReasonRequest body) {
    Change c = changes.get(number);
    boolean rejected = c.status() == ChangeStatus.REJECTED;
    tasks.take(number, rejected ? WITHDRAW_REJECTED : WITHDRAW, () -> {
      String reason = Fields.text("reason", body == null ? null : body.reason(), 4000);
      if (!rejected) {
        tasks.requireCandidate(Set.of(RoleGroup.CHANGE_MANAGERS.id()),
            c.requestedBy() == null ? Set.of() : Set.of(c.requestedBy()));
      }
      return rejected ? Map.of(Variables.REVISION, Variables.WITHDRAW, Variables.REASON, reason)
          : Map.of(Variables.REASON, reason);
    });
    return view(number);
  }

  @PostMapping("/{number}/reschedule")
  @Transactional
  ChangeView reschedule(@PathVariable String number, @RequestBody ScheduleRequest body) {
    reschedule(tasks, number, body);
    return view(number);
  }

  /** The reschedule step, whichever door asks for it (the API, the workspace's change page). */
  static void reschedule(RecordProcess tasks, String number, ScheduleRequest body) {
    tasks.take(number, RESCHEDULE, body, () -> Map.of(
        Variables.PLANNED_START, Date.from(time("plannedStart", body.plannedStart(), true)),
        Variables.PLANNED_END, Date.from(time("plannedEnd", body.plannedEnd(), true))));
  }

  /** The implementer's report: success, or failed (the back-out follows). */
  @PostMapping("/{number}/implementation")
  @Transactional
  ChangeView implementation(@PathVariable String number, @RequestBody ImplementationRequest body) {
    tasks.take(number, IMPLEMENT, body, () -> Map.of(Variables.OUTCOME, Fields.listed(body.outcome()),
        Variables.NOTES, Fields.trimmed(body.notes())));
    return view(number);
  }

  @PostMapping("/{number}/remediation")
  @Transactional
  ChangeView remediation(@PathVariable String number, @RequestBody NotesRequest body) {
    tasks.take(number, REMEDIATE, body, () -> Map.of(Variables.REMEDIATION_NOTES,
        Fields.trimmed(body.notes())));
    return view(number);
  }

  /** The CAB's retrospective authorisation of an implemented emergency change. */
  @PostMapping("/{number}/retrospective-authorisation")
  @Transactional
  ChangeView retrospective(@PathVariable String number, @RequestBody DecisionRequest body) {
    tasks.take(number, RETROSPECTIVE, body, () -> decision(body));
    return view(number);
  }

  /** The post-implementation review; the change closes with it. */
  @PostMapping("/{number}/review")
  @Transactional
  ChangeView review(@PathVariable String number, @RequestBody ReviewRequest body) {
    ReviewRequest r = body;
    tasks.take(number, REVIEW, body, () -> Map.of(Variables.EFFECTIVENESS, Fields.listed(r.effectiveness()),
        Variables.SIDE_EFFECTS, Fields.trimmed(r.sideEffects()),
        Variables.LESSONS, Fields.trimmed(r.lessons())));
    return view(number);
  }

  @PostMapping("/{number}/work-notes")
  @Transactional
  ChangeView addWorkNote(@PathVariable String number, @RequestBody NoteRequest body) {
    tasks.addWorkNote(number, body, () -> Fields.trimmed(body.text()), body.visibility());
    return view(number);
  }

  /** An incident this change caused; allowed after closure too, since incidents surface later. */
  @PostMapping("/{number}/caused-incidents")
  @Transactional
  ChangeView linkIncident(@PathVariable String number, @RequestBody IncidentLinkRequest body) {
    changes.get(number);
    changes.linkIncident(number, body.incident());
    return view(number);
  }

  private static Map<String, Object> decision(DecisionRequest body) {
    return Map.of(Variables.AUTHORISATION, Fields.listed(body.decision()), Variables.COMMENT,
        Fields.trimmed(body.comment()));
  }

  private ChangeView view(String number) {
    Change c = changes.get(number);
    return ChangeView.of(c, changes.affectedCis(number), changes.decisions(number), changes.review(number),
        changes.causedIncidents(number), changes.workLog(number));
  }

  /** The schedule's window as asked: from (default 30 days ago) and to (default a year ahead, at most three years on). */
  static Instant from(String from) {
    return from == null ? EngineClock.now().minus(DEFAULT_SCHEDULE_PAST) : ChangeFreezes.instant("from", from);
  }

  static Instant to(String from, String to) {
    Instant start = from(from);
    Instant end = to == null ? EngineClock.now().plus(DEFAULT_SCHEDULE_AHEAD) : ChangeFreezes.instant("to", to);
    if (!end.isAfter(start)) {
      throw new InvalidFieldException("to", "after from");
    }
    if (Duration.between(start, end).compareTo(MAX_SCHEDULE) > 0) {
      throw new InvalidFieldException("to", "at most three years after from");
    }
    return end;
  }

  private static Instant time(String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new InvalidFieldException(field, "required: a date and time with offset, e.g. 2026-12-01T22:00:00Z");
      }
      return null;
    }
    return ChangeFreezes.instant(field, value);
  }

  private static void put(Map<String, Object> variables, String name, Object value) {
    if (value != null) {
      variables.put(name, value);
    }
  }
}
