package org.itsmflow.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.platform.EngineAsSystem;
import org.springframework.stereotype.Service;

/**
 * Who holds a record now: the open tasks of its process with their queues (candidate groups),
 * assignee and due time, read as the system (whoever may read the record may see who holds it).
 */
@Service
public class OpenWork {

  /** One open task of the record's process. */
  public record Holder(String taskId, String task, String assignee, List<String> groups, Instant created, Instant due) {}

  private final TaskService taskService;
  private final EngineAsSystem engine;

  OpenWork(TaskService taskService, EngineAsSystem engine) {
    this.taskService = taskService;
    this.engine = engine;
  }

  public List<Holder> of(String processInstanceId) {
    if (processInstanceId == null) {
      return List.of();
    }
    return engine.call(() -> {
      List<Holder> holders = new ArrayList<>();
      for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
        List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId).toList();
        holders.add(new Holder(task.getId(), task.getName(), task.getAssignee(), groups,
            task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
            task.getDueDate() == null ? null : task.getDueDate().toInstant()));
      }
      return holders;
    });
  }

  /** The assignee of an open task of each of these process instances, for a list's column. */
  public Map<String, String> assignees(List<String> processInstanceIds) {
    Map<String, String> assignees = new HashMap<>();
    List<String> ids = processInstanceIds.stream().filter(id -> id != null).toList();
    if (!ids.isEmpty()) {
      engine.run(() -> taskService.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new)).list()
          .forEach(task -> {
            if (task.getAssignee() != null) {
              assignees.put(task.getProcessInstanceId(), task.getAssignee());
            }
          }));
    }
    return assignees;
  }
}
