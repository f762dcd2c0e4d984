package org.itsmflow.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.security.RoleGroup;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * How the record APIs complete a record's user tasks: find the open task by business key and
 * task definition, check that the caller may complete it (a candidate group or user, the
 * assignee, or an administrator: else 403), complete it as the caller so that the task and the
 * history name who did it. And how they send a record's process a message.
 */
@Component
public class ProcessTasks {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final EngineAsSystem engine;
  private final CurrentUser currentUser;

  ProcessTasks(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
      EngineAsSystem engine, CurrentUser currentUser) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.engine = engine;
    this.currentUser = currentUser;
  }

  /** The first open task of these kinds (assigned to {@code assignee} if given), or null. */
  public Task find(String businessKey, String assignee, String... taskKeys) {
    return engine.call(() -> {
      for (String key : taskKeys) {
        var query = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key);
        if (assignee != null) {
          query.taskAssignee(assignee);
        }
        Task found = query.list().stream().findFirst().orElse(null);
        if (found != null) {
          return found;
        }
      }
      return null;
    });
  }

  /** 403 unless the caller is a candidate (group or user) or the assignee of the task. */
  public void requireCandidate(Task task) {
    Candidates c = candidates(task);
    requireCandidate(c.groups(), c.users());
  }

  /** Whether the caller may complete the task (a candidate, the assignee, or an administrator). */
  public boolean mayComplete(Task task) {
    Candidates c = candidates(task);
    return isCandidate(c.groups(), c.users());
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

  /** 403 unless the caller is one of these users or in one of these groups (administrators always are). */
  public void requireCandidate(Set<String> groups, Set<String> users) {
    if (!isCandidate(groups, users)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, currentUser.id() + " may not do this: it is for "
          + String.join(", ", groups) + (users.isEmpty() ? "" : " or " + users));
    }
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

  /** The open tasks of this kind. */
  public List<Task> findAll(String businessKey, String taskKey) {
    return engine.call(() -> taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).list());
  }

  /**
   * Completes the record's open task of this kind as the caller: 409 (with the record's status)
   * when there is none, 403 unless the caller is its candidate.
   */
  public void completeOpen(String businessKey, Supplier<String> status, String action, String taskKey,
      Map<String, Object> variables) {
    Task task = find(businessKey, null, taskKey);
    if (task == null) {
      throw new ActionNotAllowedException(businessKey, status.get(), action + ": no such open task");
    }
    requireCandidate(task);
    complete(task, variables);
  }

  /** Sends the record's process a message; 409 (with the status) when it does not wait for it. */
  public void correlate(String businessKey, String status, String action, String message,
      Map<String, Object> variables) {
    correlate(businessKey, () -> status, action, message, variables);
  }

  /** As above; the status is read only when the process does not wait for the message. */
  public void correlate(String businessKey, Supplier<String> status, String action, String message,
      Map<String, Object> variables) {
    try {
      engine.run(() -> runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(businessKey)
          .setVariables(variables).correlate());
    } catch (MismatchingMessageCorrelationException e) {
      throw new ActionNotAllowedException(businessKey, status.get(), action + ": the process does not wait for it");
    }
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

  /** Completes the task as the caller (claiming it first if nobody has). */
  public void complete(Task task, Map<String, Object> variables) {
    String caller = currentUser.id();
    engine.run(() -> {
      if (task.getAssignee() == null) {
        taskService.setAssignee(task.getId(), caller);
      }
      taskService.complete(task.getId(), variables);
    });
  }
}
