package org.itsmflow.record;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.itsmflow.platform.ActionNotAllowedException;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.validation.Input;
import org.itsmflow.security.RoleGroup;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one way the record APIs act on a record's process. A {@link Step} locks the record, checks
 * that its status allows the step (409 naming the status), then completes the open task of the
 * step (403 unless the caller is a candidate group or user, the assignee, or an administrator) or
 * sends the process the step's message. The engine runs it as the caller, so that the task, the
 * history and the operation log name who did it; no record API calls {@code TaskService} or
 * {@code RuntimeService} itself.
 */
@Component
public class RecordProcess {

  /** The process variable a work-note message carries its text in. */
  public static final String NOTE = "note";

  /** And whether the requester may read it: {@code public} or {@code internal} (the default). */
  public static final String NOTE_VISIBILITY = "noteVisibility";

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final EngineAsSystem engine;
  private final CurrentUser currentUser;
  private final Records records;
  private final Input input;
  private final RecordVariables recordVariables;
  private final ManagementService managementService;
  private volatile Tables tables;

  RecordProcess(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
      EngineAsSystem engine, CurrentUser currentUser, Records records, Input input, RecordVariables recordVariables,
      ManagementService managementService) {
    this.managementService = managementService;
    this.recordVariables = recordVariables;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.engine = engine;
    this.currentUser = currentUser;
    this.records = records;
    this.input = input;
  }

  /**
   * Takes the step on the record: 404 without the record, 409 when its status does not allow the
   * step or its process has no such open task or does not wait for the message, 403 when the
   * caller is not the task's candidate. The variables are read after the status check, so that a
   * step the status refuses answers 409 whatever the input.
   */
  public void take(String number, Step step, Supplier<Map<String, Object>> variables) {
    take(records.lock(number), step, variables);
  }

  /**
   * Takes the step with a request body: its constraints (Bean Validation on the request type) are
   * checked after the status allowed the step, so that 409 comes before 400 for every action.
   */
  public void take(String number, Step step, Object body, Supplier<Map<String, Object>> variables) {
    take(number, step, () -> {
      input.check(body);
      return variables.get();
    });
  }

  /** A step that carries no input. */
  public void take(String number, Step step) {
    take(number, step, Map::of);
  }

  /**
   * Adds a work note through the record's process (its work-note event logs it): 409 once the
   * record has ended; {@code visibility} {@code public} lets the requester read it, else (null
   * too) it is internal. The text is read after the status check.
   */
  public void addWorkNote(String number, Object body, Supplier<String> text, String visibility) {
    RecordHeader record = records.lock(number);
    Step step = Step.message("add a work note", record.type().workNoteMessage());
    requireAllowed(record, step);
    input.check(body);
    String shownTo = visibility == null ? Visibility.INTERNAL.id()
        : Fields.oneOf("visibility", visibility, List.of(Visibility.INTERNAL.id(), Visibility.PUBLIC.id()));
    Map<String, Object> note = Map.of(NOTE, text.get(), NOTE_VISIBILITY, shownTo);
    // The note lives in the work-note subprocess only: the work log keeps it, the process need not.
    correlate(record, step.action(), () -> runtimeService.createMessageCorrelation(step.message())
        .processInstanceBusinessKey(number).setVariablesToTriggeredScope(note).correlate());
  }

  private void take(RecordHeader record, Step step, Supplier<Map<String, Object>> variables) {
    requireAllowed(record, step);
    Map<String, Object> values = variables.get();
    if (step.taskKeys().isEmpty()) {
      correlate(record, step.action(), step.message(), values);
      return;
    }
    // One command for finding the task, the caller's right to it and its variables: the engine
    // loads the task once. A refusal is thrown after the command, which did nothing wrong.
    Found found = engine.call(() -> {
      try {
        Task task = callersTask(record, step);
        return new Found(task, taskService.getVariables(task.getId(), values.keySet()).keySet(), null);
      } catch (ActionNotAllowedException | ResponseStatusException refused) {
        return new Found(null, Set.of(), refused);
      }
    });
    if (found.refusal() != null) {
      throw found.refusal();
    }
    complete(found.task(), passing(record, values, found.present()));
  }

  /** The caller's task of a step and which of the step's inputs it already sees as variables, or why not. */
  private record Found(Task task, Set<String> present, RuntimeException refusal) {}

  private static void requireAllowed(RecordHeader record, Step step) {
    if (!step.allows(record)) {
      throw new ActionNotAllowedException(record.number(), record.status(), step.action());
    }
  }

  /**
   * The open task of the step the caller is to complete: the only one, or among several (one per
   * group, one per CAB member) the caller's. 409 when none is open, 403 when none is the caller's.
   */
  private Task callersTask(RecordHeader record, Step step) {
    String assignee = step.callersOwn() ? currentUser.id() : null;
    List<Task> open = List.of();
    for (String key : step.taskKeys()) {
      open = openTasks(record.number(), key, assignee);
      if (!open.isEmpty()) {
        break;
      }
    }
    if (open.isEmpty()) {
      throw new ActionNotAllowedException(record.number(), record.status(), step.action() + ": no such open task");
    }
    if (open.size() == 1) {
      requireCandidate(open.get(0));
      return open.get(0);
    }
    return open.stream().filter(this::mayComplete).findFirst().orElseThrow(() -> new ResponseStatusException(
        HttpStatus.FORBIDDEN, "None of the open tasks to " + step.action() + " on " + record.number() + " is for "
            + currentUser.id()));
  }

  /** The record's open task of this kind (the first, if there are several), or null. */
  public Task openTask(String number, String taskKey) {
    return openTasks(number, taskKey, null).stream().findFirst().orElse(null);
  }

  /**
   * The open tasks of this kind (assigned to {@code assignee} if given), in the order of their ids,
   * as the engine's task query gives them. A native query: the engine's task query builds its SQL
   * from some hundred optional conditions on every call (4 % of all request CPU in the benchmark);
   * this one names the three it needs.
   */
  private List<Task> openTasks(String businessKey, String taskKey, String assignee) {
    return engine.call(() -> {
      NativeTaskQuery query = taskService.createNativeTaskQuery().sql("SELECT RES.* FROM " + tables().task()
              + " RES INNER JOIN " + tables().execution() + " INST ON RES.PROC_INST_ID_ = INST.ID_ "
              + "WHERE INST.BUSINESS_KEY_ = #{businessKey} AND RES.TASK_DEF_KEY_ = #{taskKey}"
              + (assignee == null ? "" : " AND RES.ASSIGNEE_ = #{assignee}") + " ORDER BY RES.ID_")
          .parameter("businessKey", businessKey).parameter("taskKey", taskKey);
      return assignee == null ? query.list() : query.parameter("assignee", assignee).list();
    });
  }

  /** The engine's table names, with the configured prefix; asked once. */
  private Tables tables() {
    Tables known = tables;
    if (known == null) {
      known = new Tables(managementService.getTableName(Task.class), managementService.getTableName(Execution.class));
      tables = known;
    }
    return known;
  }

  private record Tables(String task, String execution) {}

  /** 403 unless the caller is a candidate (group or user) or the assignee of the task. */
  public void requireCandidate(Task task) {
    Candidates c = candidates(task);
    requireCandidate(c.groups(), c.users());
  }

  /** Whether the caller may complete the task (a candidate, the assignee, or an administrator). */
  private boolean mayComplete(Task task) {
    Candidates c = candidates(task);
    return isCandidate(c.groups(), c.users());
  }

  /** 403 unless the caller is one of these users or in one of these groups (administrators always are). */
  public void requireCandidate(Set<String> groups, Set<String> users) {
    if (!isCandidate(groups, users)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, currentUser.id() + " may not do this: it is for "
          + String.join(", ", groups) + (users.isEmpty() ? "" : " or " + users));
    }
  }

  /** Completes the task as the caller (claiming it first if nobody has); the caller's checks come first. */
  private void complete(Task task, Map<String, Object> variables) {
    String caller = currentUser.id();
    engine.run(() -> {
      if (task.getAssignee() == null) {
        taskService.setAssignee(task.getId(), caller);
      }
      taskService.complete(task.getId(), variables);
    });
  }

  /**
   * A step's input as its process keeps it: the variables of its flow
   * ({@link RecordProcessVariables#flow()}) and those the task already sees (a model's input
   * mapping may keep one local to the task) as variables, the rest as transient values that the
   * delegates and gateways running on it in this transaction read and the record keeps.
   */
  private VariableMap passing(RecordHeader record, Map<String, Object> variables, Set<String> present) {
    VariableMap values = Variables.createVariables();
    variables.forEach((name, value) -> {
      if (present.contains(name) || recordVariables.keeps(record.number(), name)) {
        values.putValue(name, value);
      } else {
        values.putValueTyped(name, value == null ? Variables.untypedNullValue(true)
            : Variables.untypedValue(value, true));
      }
    });
    return values;
  }

  /**
   * Starts the record's process (its first service task creates the record in the same
   * transaction) and returns the record number the process gave it.
   */
  public String start(String processKey, Map<String, Object> variables) {
    return engine.call(() -> {
      ProcessInstance started = runtimeService.startProcessInstanceByKey(processKey, variables);
      // The record's delegate makes its number the business key: read from the started instance,
      // it costs no second load of the instance and its variables.
      if (started.getBusinessKey() == null) {
        throw new IllegalStateException("Process " + processKey + " started without recording its record: "
            + "its first service task must record it and set the number as business key");
      }
      return started.getBusinessKey();
    });
  }

  private void correlate(RecordHeader record, String action, String message, Map<String, Object> variables) {
    correlate(record, action, () -> runtimeService.createMessageCorrelation(message)
        .processInstanceBusinessKey(record.number()).setVariables(passing(record, variables, Set.of())).correlate());
  }

  private void correlate(RecordHeader record, String action, Runnable correlation) {
    try {
      engine.run(correlation);
    } catch (MismatchingMessageCorrelationException e) {
      throw new ActionNotAllowedException(record.number(), record.status(),
          action + ": the process does not wait for it");
    }
  }

  private record Candidates(Set<String> groups, Set<String> users) {}

  private Candidates candidates(Task task) {
    List<IdentityLink> links = engine.call(() -> taskService.getIdentityLinksForTask(task.getId()));
    Set<String> groups = links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId).filter(g -> g != null).collect(Collectors.toSet());
    Set<String> users = links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getUserId).filter(u -> u != null).collect(Collectors.toSet());
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
    }
    return new Candidates(groups, users);
  }

  private boolean isCandidate(Set<String> groups, Set<String> users) {
    if (users.contains(currentUser.id())) {
      return true;
    }
    // The groups the request authenticated with (EngineAuthenticationBinder): no second identity query.
    Authentication authentication = identityService.getCurrentAuthentication();
    List<String> callerGroups = authentication == null || authentication.getGroupIds() == null ? List.of()
        : authentication.getGroupIds();
    return callerGroups.contains(RoleGroup.ADMIN_GROUP) || groups.stream().anyMatch(callerGroups::contains);
  }
}
