package org.itsmflow.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.itsmflow.tasklist.TasklistVariables.PRIORITY;
import static org.itsmflow.tasklist.TasklistVariables.RECORD_NUMBER;
import static org.itsmflow.tasklist.TasklistVariables.RECORD_TITLE;
import static org.itsmflow.tasklist.TasklistVariables.SLA_DUE_AT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.itsmflow.security.RoleAuthorizations;
import org.itsmflow.security.RoleGroup;
import org.springframework.stereotype.Component;

/**
 * Shared Tasklist filters, so that staff see their work on first login instead of "No filter
 * available": "My tasks" for everyone and one queue per role group, visible to that group only.
 * Each list shows the record's number, title, priority and SLA due time, most urgent first.
 * Filters that exist already are left as administrators may have changed them.
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "My tasks";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final RoleAuthorizations roleAuthorizations;

  public TasklistFilters(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService, RoleAuthorizations roleAuthorizations) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.roleAuthorizations = roleAuthorizations;
  }

  public static String queueName(RoleGroup role) {
    return role.displayName() + " queue";
  }

  public void ensureFilters() {
    if (!exists(MY_TASKS)) {
      TaskQuery mine = sorted(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
      Filter filter = save(MY_TASKS, "Tasks assigned to me", -10, mine);
      Authorization everyone = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      everyone.setResource(Resources.FILTER);
      everyone.setResourceId(filter.getId());
      everyone.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(everyone);
    }
    int position = 0;
    for (RoleGroup role : RoleGroup.values()) {
      String name = queueName(role);
      if (!exists(name)) {
        TaskQuery queue = sorted(taskService.createTaskQuery().taskCandidateGroup(role.id()).includeAssignedTasks());
        Filter filter = save(name, "Open tasks of group " + role.id(), position, queue);
        roleAuthorizations.grant(role.id(), Resources.FILTER, filter.getId(), Permissions.READ);
      }
      position++;
    }
  }

  private boolean exists(String name) {
    return filterService.createFilterQuery().filterName(name).count() > 0;
  }

  private static TaskQuery sorted(TaskQuery query) {
    // ITSM priority 1 is the most urgent, so ascending.
    return query.orderByDueDate().asc().orderByProcessVariable(PRIORITY, ValueType.INTEGER).asc();
  }

  private Filter save(String name, String description, int position, TaskQuery query) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", position);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", List.of(
        column(RECORD_NUMBER, "Number"),
        column(RECORD_TITLE, "Title"),
        column(PRIORITY, "Priority"),
        column(SLA_DUE_AT, "SLA due")));
    Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
    return filterService.saveFilter(filter);
  }

  private static Map<String, String> column(String variable, String label) {
    return Map.of("name", variable, "label", label);
  }
}
