package org.itsmflow.incident;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.itsmflow.incident.IncidentProcess.Messages;
import org.itsmflow.platform.ActionNotAllowedException;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.validation.Input;
import org.itsmflow.platform.validation.OneOf;
import org.itsmflow.platform.validation.Text;
import org.itsmflow.platform.validation.WholeNumber;
import org.itsmflow.ports.ProblemPort;
import org.itsmflow.record.RecordProcess;
import org.itsmflow.record.Step;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.sla.SlaClocks;
import org.itsmflow.sla.SlaStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to an incident, whichever door they come through (the API, the workspace's
 * pages): each action goes through the process (message correlation or task completion) in one
 * transaction with the record, with the same checks; an action the incident's status does not
 * allow is refused with the status (409).
 */
@Service
class IncidentActions {

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

  /** Corrected details; the service, impact and urgency change through reclassification, not here. */
  record EditRequest(@Text(max = 200) String title, @Text(max = 4000) String description,
      @Text(max = 20, optional = true) String ciId, @Text(max = 50, optional = true) String category) {}

  /** Another queue (group) and/or person; either may stay as it is. */
  record ReassignRequest(@Text(max = 64, optional = true) String group, @Text(max = 64, optional = true) String assignee,
      @Text(max = 4000, optional = true) String reason) {}

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

  private final Incidents incidents;
  private final SlaClocks slaClocks;
  private final ProblemPort problems;
  private final RecordProcess tasks;
  private final Input input;
  private final EngineAsSystem engine;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  IncidentActions(Incidents incidents, SlaClocks slaClocks, ProblemPort problems, RecordProcess tasks, Input input,
      EngineAsSystem engine, TaskService taskService, RuntimeService runtimeService, IdentityService identityService) {
    this.incidents = incidents;
    this.slaClocks = slaClocks;
    this.problems = problems;
    this.tasks = tasks;
    this.input = input;
    this.engine = engine;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /**
   * Corrects title, description, CI and category: 409 once resolved, 400 naming the field, 404
   * for an unknown CI; the process's copy of the title (its task lists show it) follows.
   */
  @Transactional
  void edit(String number, EditRequest body) {
    Incident before = incidents.get(number);
    if (!before.status().isOpen()) {
      throw new ActionNotAllowedException(number, before.status().id(), "edit its details");
    }
    input.check(body);
    Incident after = incidents.editDetails(number, body.title(), body.description(), body.ciId(), body.category());
    if (after.processInstanceId() != null && !Objects.equals(before.title(), after.title())) {
      engine.run(() -> runtimeService.setVariable(after.processInstanceId(), IncidentProcess.Variables.TITLE,
          after.title()));
    }
  }

  /**
   * Dispatch: the open investigation goes to another group's queue and/or to a person of that
   * group. Who may: whoever may work the task now (its queue, its assignee), incident managers and
   * administrators. 409 without an open investigation, 404 for an unknown group, 400 for a person
   * outside the group.
   */
  @Transactional
  void reassign(String number, ReassignRequest body) {
    Incident incident = incidents.get(number);
    Task task = incident.status().isOpen() ? tasks.openTask(number, IncidentProcess.Elements.INVESTIGATE) : null;
    if (task == null) {
      throw new ActionNotAllowedException(number, incident.status().id(), "reassign: no investigation is open");
    }
    input.check(body);
    List<String> queues = engine.call(() -> taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList());
    Set<String> mayDispatch = new HashSet<>(queues);
    mayDispatch.add(RoleGroup.INCIDENT_MANAGERS.id());
    tasks.requireCandidate(mayDispatch, task.getAssignee() == null ? Set.of() : Set.of(task.getAssignee()));
    String group = body.group() == null || body.group().isBlank()
        ? (queues.isEmpty() ? incident.assignmentGroup() : queues.get(0)) : body.group().trim();
    String assignee = body.assignee() == null || body.assignee().isBlank() ? null : body.assignee().trim();
    engine.run(() -> {
      if (identityService.createGroupQuery().groupId(group).count() == 0) {
        throw new RecordNotFoundException("Group", group, "group");
      }
      if (assignee != null && identityService.createUserQuery().userId(assignee).memberOfGroup(group).count() == 0) {
        throw new InvalidFieldException("assignee", assignee + " is not a member of " + group);
      }
      if (!queues.equals(List.of(group))) {
        queues.forEach(queue -> taskService.deleteCandidateGroup(task.getId(), queue));
        taskService.addCandidateGroup(task.getId(), group);
        runtimeService.setVariable(task.getProcessInstanceId(), IncidentProcess.Variables.ASSIGNMENT_GROUP, group);
      }
      taskService.setAssignee(task.getId(), assignee);
    });
    incidents.reassign(number, group, assignee, body.reason() == null ? null : body.reason().trim());
  }

  /** Records the incident and starts its process in one transaction; returns its number. */
  @Transactional
  String create(CreateRequest body) {
    Incidents.Report report = incidents.validate(new Incidents.Report(body.title(), body.description(),
        body.serviceCode(), body.ciId(), body.category(), body.impact(), body.urgency(), body.reportedBy(),
        body.channel()));
    // What only the record keeps goes in as transient values: Task_RecordIncident, in this same
    // transaction, writes it to the record; the engine never stores it (the forms read the record).
    VariableMap variables = Variables.createVariables()
        .putValue(IncidentProcess.Variables.TITLE, report.title())
        .putValueTyped(IncidentProcess.Variables.DESCRIPTION, transientText(report.description()))
        .putValueTyped(IncidentProcess.Variables.SERVICE_CODE, transientText(report.serviceCode()))
        .putValueTyped(IncidentProcess.Variables.CI_ID, transientText(report.ciId()))
        .putValueTyped(IncidentProcess.Variables.CATEGORY, transientText(report.category()))
        .putValueTyped(IncidentProcess.Variables.IMPACT, Variables.integerValue(report.impact(), true))
        .putValueTyped(IncidentProcess.Variables.URGENCY, Variables.integerValue(report.urgency(), true))
        .putValueTyped(IncidentProcess.Variables.REPORTED_BY, transientText(report.reportedBy()))
        .putValueTyped(IncidentProcess.Variables.CHANNEL, transientText(report.channel()))
        .putValueTyped(IncidentProcess.Variables.DECLARED_MAJOR,
            Variables.booleanValue(Boolean.TRUE.equals(body.declaredMajor()), true));
    return tasks.start(IncidentProcess.KEY, variables);
  }

  @Transactional
  void addWorkNote(String number, NoteRequest body) {
    tasks.addWorkNote(number, body, () -> Fields.trimmed(body.text()), body.visibility());
  }

  @Transactional
  void hold(String number, ReasonRequest body) {
    tasks.take(number, HOLD, body, () -> Map.of(IncidentProcess.Variables.REASON, Fields.trimmed(body.reason())));
  }

  @Transactional
  void resume(String number) {
    tasks.take(number, RESUME);
  }

  @Transactional
  void escalate(String number, ReasonRequest body) {
    tasks.take(number, ESCALATE, () -> Map.of(IncidentProcess.Variables.REASON, Fields.trimmed(body.reason())));
  }

  /** Completes the investigation as the caller: a candidate of the group that holds it (403 otherwise). */
  @Transactional
  void resolve(String number, ResolveRequest body) {
    tasks.take(number, RESOLVE, body, () -> Map.of(
        IncidentProcess.Variables.OUTCOME, IncidentProcess.Variables.OUTCOME_RESOLVE,
        IncidentProcess.Variables.RESOLUTION_CODE, Fields.trimmed(body.resolutionCode()),
        IncidentProcess.Variables.RESOLUTION, Fields.trimmed(body.resolution())));
  }

  @Transactional
  void reopen(String number, ReasonRequest body) {
    tasks.take(number, REOPEN, body, () -> Map.of(IncidentProcess.Variables.REASON, Fields.trimmed(body.reason())));
  }

  /** The caller confirmed the resolution. */
  @Transactional
  void close(String number) {
    tasks.take(number, CLOSE);
  }

  /** This incident is caused by a (major) parent incident and will be resolved with it. */
  @Transactional
  void link(String number, LinkRequest body) {
    tasks.take(number, LINK, body, () -> {
      String parent = Fields.trimmed(body.parent());
      incidents.checkLink(number, parent);
      return Map.of(IncidentProcess.Variables.PARENT_NUMBER, parent);
    });
  }

  /** New impact and urgency: the decision table sets the priority again, the SLA follows. */
  @Transactional
  void reclassify(String number, ReclassifyRequest body) {
    tasks.take(number, RECLASSIFY, body, () -> Map.of(
        IncidentProcess.Variables.IMPACT, body.impact(), IncidentProcess.Variables.URGENCY, body.urgency()));
  }

  /**
   * The caller's issue is a known error: the incident is linked to the known error's problem
   * (through the problem's process, with its checks) and the workaround goes into the work log as
   * a note the caller may read. Both or neither.
   */
  @Transactional
  void applyKnownError(String number, String knownError) {
    ProblemPort.KnownErrorMatch known = problems.knownError(Fields.trimmed(knownError), "knownError");
    incidents.get(number);
    problems.linkIncident(known.problemNumber(), number);
    String workaround = known.workaround() == null ? "no workaround published yet" : known.workaround();
    addWorkNote(number, new NoteRequest("Known error " + known.number() + " (" + known.title() + "). Workaround: "
        + workaround, "public"));
  }

  /** The record with its SLA targets, links, the known errors of its CI or service and its work log. */
  IncidentView view(String number) {
    Incident incident = incidents.get(number);
    List<SlaStatus> sla = incident.priority() == null ? List.of() : slaClocks.status(number);
    return IncidentView.of(incident, incidents.children(number), problems.problemOf(number),
        problems.knownErrors(incident.serviceCode(), incident.ciId()), sla, incidents.workLog(number));
  }

  private static StringValue transientText(String value) {
    return Variables.stringValue(value, true);
  }
}
