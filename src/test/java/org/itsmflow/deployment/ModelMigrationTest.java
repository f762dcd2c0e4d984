package org.itsmflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.security.AdminAccount;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A process owner changes the incident diagram: running incidents stay on their version, new ones
 * start on the new one; an administrator checks and then migrates the running ones, and a version
 * they cannot move to is refused with the place, nothing moved. The shipped model is deployed
 * again at the end, so the other tests run on its content.
 */
class ModelMigrationTest extends ApplicationTest {

  private static final Path MODEL = Path.of("processes/incident-management.bpmn");
  private static final String ADMIN_PASSWORD = "Test-Secret-Pass-1";

  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void shippedModelAgain() throws IOException {
    FileSystemUtils.deleteRecursively(EXTERNAL_PROCESSES);
    Files.createDirectories(EXTERNAL_PROCESSES);
    as(user("migration-owner", RoleGroup.PROCESS_OWNERS.id())).postForEntity("/api/admin/deployments", null,
        JsonNode.class);
  }

  @Test
  void runningIncidentsStayOnTheirVersionUntilAnAdministratorMigratesThem() throws IOException {
    String owner = user("migration-owner", RoleGroup.PROCESS_OWNERS.id());
    String agent = user("migration-agent", RoleGroup.SERVICE_DESK.id());
    String service = Fixtures.service(jdbc, 3);
    String first = incident(agent, service);
    ProcessDefinition v1 = definitionOf(first);

    // The process owner renames the investigation task and redeploys.
    Files.writeString(EXTERNAL_PROCESSES.resolve("incident-management.bpmn"), Files.readString(MODEL)
        .replace("name=\"Investigate and diagnose\"", "name=\"Investigate, diagnose and record\""));
    assertThat(as(owner).postForEntity("/api/admin/deployments", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ProcessDefinition v2 = latest();
    assertThat(v2.getVersion()).isGreaterThan(v1.getVersion());
    String second = incident(agent, service);
    assertThat(definitionOf(second).getId()).as("a new incident starts on the new version").isEqualTo(v2.getId());
    assertThat(definitionOf(first).getId()).as("a running one stays on its version").isEqualTo(v1.getId());

    String body = """
        {"processKey": "incident-management", "fromVersion": %d, "toVersion": %d%s}""";
    ResponseEntity<JsonNode> check = send(admin(), HttpMethod.POST, "/api/admin/migrations",
        body.formatted(v1.getVersion(), v2.getVersion(), ""));
    assertThat(check.getStatusCode()).as(String.valueOf(check.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(check.getBody().path("executed").asBoolean()).isFalse();
    assertThat(check.getBody().path("instances").asLong()).isPositive();
    assertThat(check.getBody().path("instructions").toString()).contains("Task_InvestigateIncident");
    assertThat(definitionOf(first).getId()).as("a check moves nothing").isEqualTo(v1.getId());
    assertThat(send(as(owner), HttpMethod.POST, "/api/admin/migrations", body.formatted(v1.getVersion(),
        v2.getVersion(), ", \"execute\": true")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    java.util.List<java.util.Date> deadlines = timers(first);
    assertThat(deadlines).as("the incident's SLA deadlines").isNotEmpty();
    ResponseEntity<JsonNode> migrated = send(admin(), HttpMethod.POST, "/api/admin/migrations",
        body.formatted(v1.getVersion(), v2.getVersion(), ", \"execute\": true"));
    assertThat(migrated.getStatusCode()).as(String.valueOf(migrated.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(migrated.getBody().path("message").asText()).startsWith("Migrated ");
    assertThat(definitionOf(first).getId()).isEqualTo(v2.getId());
    assertThat(timers(first)).as("deadlines kept").containsExactlyInAnyOrderElementsOf(deadlines);
    assertThat(engine.getHistoryService().createUserOperationLogQuery().operationType(
        UserOperationLogEntry.OPERATION_TYPE_MIGRATE).userId(AdminAccount.USER_ID).count()).isPositive();
    // The migrated incident is worked on as before.
    assertThat(send(as(agent), HttpMethod.POST, "/api/incidents/" + first + "/resolve", """
        {"resolutionCode": "fixed", "resolution": "Replaced the toner"}""").getStatusCode().is2xxSuccessful())
        .isTrue();

    // A version without the task the incidents wait at: refused with the place, nothing moved.
    Files.writeString(EXTERNAL_PROCESSES.resolve("incident-management.bpmn"), Files.readString(MODEL)
        .replace("Task_InvestigateIncident", "Task_Diagnose"));
    assertThat(as(owner).postForEntity("/api/admin/deployments", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<JsonNode> refused = send(admin(), HttpMethod.POST, "/api/admin/migrations",
        body.formatted(v2.getVersion(), latest().getVersion(), ", \"execute\": true"));
    assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().toString()).contains("Nothing was migrated").contains("Task_InvestigateIncident");
    assertThat(definitionOf(second).getId()).isEqualTo(v2.getId());

    assertThat(send(admin(), HttpMethod.POST, "/api/admin/migrations", body.formatted(v1.getVersion(), 999, ""))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send(admin(), HttpMethod.POST, "/api/admin/migrations", body.formatted(v1.getVersion(),
        v1.getVersion(), "")).getBody().path("field").asText()).isEqualTo("toVersion");
    assertThat(send(admin(), HttpMethod.POST, "/api/admin/migrations", "{}").getBody().path("field").asText())
        .isEqualTo("processKey");
  }

  private String incident(String agent, String service) {
    return send(as(agent), HttpMethod.POST, "/api/incidents", """
        {"title": "Printer out of toner", "description": "Floor 3", "serviceCode": "%s", "impact": 3,
         "urgency": 3, "reportedBy": "caller-mo", "channel": "phone"}""".formatted(service)).getBody()
        .path("number").asText();
  }

  private ProcessDefinition definitionOf(String number) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).processDefinitionKey(ProcessCatalog.INCIDENT_MANAGEMENT).singleResult();
    return repository.getProcessDefinition(instance.getProcessDefinitionId());
  }

  private java.util.List<java.util.Date> timers(String number) {
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(ProcessCatalog.INCIDENT_MANAGEMENT).singleResult().getId();
    return engine.getManagementService().createJobQuery().processInstanceId(instance).timers().list().stream()
        .map(org.camunda.bpm.engine.runtime.Job::getDuedate).toList();
  }

  private ProcessDefinition latest() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(ProcessCatalog.INCIDENT_MANAGEMENT)
        .latestVersion().singleResult();
  }

  private org.springframework.boot.test.web.client.TestRestTemplate admin() {
    return rest.withBasicAuth(AdminAccount.USER_ID, ADMIN_PASSWORD);
  }
}
