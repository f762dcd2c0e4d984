package org.itsmflow.incident;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.platform.OpenTasks;
import org.springframework.stereotype.Component;

/**
 * Keeps the open investigation task's due date on the SLA resolution due time when that moves
 * (resume after hold, new priority), so Tasklist's most-urgent-first order stays true.
 */
@Component
class InvestigationDueDate {

  private final TaskService taskService;

  InvestigationDueDate(TaskService taskService) {
    this.taskService = taskService;
  }

  void follow(DelegateExecution execution, Instant resolutionDue) {
    IncidentProcess.Variables.slaDueAt(execution, resolutionDue);
    Task investigation = OpenTasks.of(execution, IncidentProcess.Elements.INVESTIGATE).orElse(null);
    if (investigation != null && resolutionDue != null) {
      taskService.setDueDate(investigation.getId(), Date.from(resolutionDue));
    }
  }
}
