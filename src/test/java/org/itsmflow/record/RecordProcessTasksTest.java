package org.itsmflow.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A record's open task is found by the record's number and the task's key, as the engine's task query finds it. */
class RecordProcessTasksTest extends ApplicationTest {

  private static final String INVESTIGATE = "Task_InvestigateIncident";

  @Autowired RecordProcess process;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theOpenTaskIsTheRecordsOwnOfThatKind() {
    String first = incident("First");
    String second = incident("Second");

    Task found = process.openTask(first, INVESTIGATE);

    assertThat(found).isNotNull();
    assertThat(found.getId()).isEqualTo(engineQuery(first).getId()).isNotEqualTo(engineQuery(second).getId());
    assertThat(found.getTaskDefinitionKey()).isEqualTo(INVESTIGATE);
    assertThat(found.getName()).isEqualTo(engineQuery(first).getName());
    assertThat(found.getProcessInstanceId()).isEqualTo(engineQuery(first).getProcessInstanceId());
    assertThat(process.openTask(second, INVESTIGATE).getId()).isEqualTo(engineQuery(second).getId());
    assertThat(process.openTask(first, "Task_ReviewMajorIncident")).as("no such task open").isNull();
    assertThat(process.openTask("INC-999998", INVESTIGATE)).as("no such record").isNull();
  }

  private Task engineQuery(String number) {
    return taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(INVESTIGATE)
        .singleResult();
  }

  private String incident(String title) {
    String agent = user("tasks-agent", RoleGroup.SERVICE_DESK.id());
    String service = Fixtures.service(jdbc, 2);
    return send(as(agent), POST, "/api/incidents", """
        {"title": "%s", "description": "Open task", "serviceCode": "%s", "impact": 3, "urgency": 3,
         "channel": "phone"}
        """.formatted(title, service)).getBody().path("number").asText();
  }
}
