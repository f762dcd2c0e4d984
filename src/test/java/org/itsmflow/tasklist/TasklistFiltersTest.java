package org.itsmflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TasklistFiltersTest extends ApplicationTest {

  private final List<String> createdTasks = new ArrayList<>();

  @AfterEach
  void removeTasks() {
    createdTasks.forEach(id -> engine.getTaskService().deleteTask(id, true));
  }

  @ParameterizedTest
  @EnumSource(RoleGroup.class)
  void eachGroupSeesMyTasksAndItsOwnQueueOnly(RoleGroup role) {
    String member = user("filters-" + role.id(), role.id());

    JsonNode filters = as(member).getForObject("/engine-rest/filter", JsonNode.class);

    List<String> names = new ArrayList<>();
    filters.forEach(filter -> names.add(filter.path("name").asText()));
    assertThat(names).containsExactlyInAnyOrder(TasklistFilters.MY_TASKS, TasklistFilters.queueName(role));
  }

  @Test
  void queueShowsItsGroupsTasksWithRecordColumns() {
    TaskService tasks = engine.getTaskService();
    Task forDesk = task("Classify INC-000042", RoleGroup.SERVICE_DESK);
    Task forCab = task("Vote on CHG-000007", RoleGroup.CAB);
    String agent = user("filters-queue-agent", RoleGroup.SERVICE_DESK.id());
    Filter deskQueue = engine.getFilterService().createFilterQuery()
        .filterName(TasklistFilters.queueName(RoleGroup.SERVICE_DESK)).singleResult();

    JsonNode listed = as(agent).getForObject("/engine-rest/filter/" + deskQueue.getId() + "/list", JsonNode.class);

    List<String> listedIds = new ArrayList<>();
    listed.forEach(task -> listedIds.add(task.path("id").asText()));
    assertThat(listedIds).contains(forDesk.getId()).doesNotContain(forCab.getId());
    List<String> columns = new ArrayList<>();
    ((List<?>) deskQueue.getProperties().get("variables"))
        .forEach(column -> columns.add(String.valueOf(((Map<?, ?>) column).get("name"))));
    assertThat(columns).containsExactly(TasklistVariables.RECORD_NUMBER, TasklistVariables.RECORD_TITLE,
        TasklistVariables.PRIORITY, TasklistVariables.SLA_DUE_AT);
    assertThat(tasks.createTaskQuery().taskId(forCab.getId()).taskCandidateGroup(RoleGroup.CAB.id()).count()).isOne();
  }

  @Test
  void myTasksShowsWhatIsAssignedToTheCurrentUser() {
    String agent = user("filters-mine-agent", RoleGroup.SERVICE_DESK.id());
    Task mine = task("Call back the reporter", RoleGroup.SERVICE_DESK);
    engine.getTaskService().setAssignee(mine.getId(), agent);
    task("Someone else's", RoleGroup.SERVICE_DESK);
    Filter myTasks = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult();

    JsonNode listed = as(agent).getForObject("/engine-rest/filter/" + myTasks.getId() + "/list", JsonNode.class);

    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).path("id").asText()).isEqualTo(mine.getId());
  }

  private Task task(String name, RoleGroup group) {
    TaskService tasks = engine.getTaskService();
    Task task = tasks.newTask();
    task.setName(name);
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), group.id());
    createdTasks.add(task.getId());
    return task;
  }
}
