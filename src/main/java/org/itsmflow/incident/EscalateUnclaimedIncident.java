package org.itsmflow.incident;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.platform.OpenTasks;
import org.springframework.stereotype.Component;

/**
 * incident-management, Task_EscalateUnclaimedOnResponseWarning and Task_EscalateUnclaimedOnResolutionWarning:
 * on an SLA warning, an investigation nobody has
 * claimed moves to the escalation group (automatic functional escalation).
 */
@Component("escalateUnclaimedIncident")
class EscalateUnclaimedIncident implements JavaDelegate {

  private final Incidents incidents;
  private final TaskService taskService;

  EscalateUnclaimedIncident(Incidents incidents, TaskService taskService) {
    this.incidents = incidents;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Task investigation = OpenTasks.of(execution, IncidentProcess.Elements.INVESTIGATE).orElse(null);
    if (investigation == null || investigation.getAssignee() != null) {
      return;
    }
    String from = IncidentProcess.Variables.text(execution, IncidentProcess.Variables.ASSIGNMENT_GROUP);
    String to = incidents.escalateFunctionally(IncidentProcess.Variables.number(execution),
        "SLA warning reached and nobody has claimed the incident");
    if (to.equals(from)) {
      return;
    }
    taskService.deleteCandidateGroup(investigation.getId(), from);
    taskService.addCandidateGroup(investigation.getId(), to);
    execution.setVariable(IncidentProcess.Variables.ASSIGNMENT_GROUP, to);
  }
}
