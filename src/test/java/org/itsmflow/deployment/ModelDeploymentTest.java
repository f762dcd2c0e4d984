package org.itsmflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.itsmflow.security.AdminAccount;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;

@Iso20000("7.5")
class ModelDeploymentTest extends ApplicationTest {

  private static final String PROCESS_KEY = "redeploy-check";
  private static final String PROCESS_FILE = "redeploy-check.bpmn";
  private static final String FORM_FILE = "redeploy-check.form";

  @Autowired RepositoryService repository;

  private String processOwner;

  @BeforeEach
  void emptyExternalFolders() throws IOException {
    FileSystemUtils.deleteRecursively(EXTERNAL_PROCESSES);
    FileSystemUtils.deleteRecursively(EXTERNAL_FORMS);
    Files.createDirectories(EXTERNAL_PROCESSES);
    Files.createDirectories(EXTERNAL_FORMS);
    processOwner = user("deploy-process-owner", RoleGroup.PROCESS_OWNERS.id());
  }

  @Test
  void everyModelInTheProjectIsDeployedWithItsForms() throws IOException {
    List<String> expected = new ArrayList<>();
    expected.addAll(filesBelow(Path.of("processes"), "processes/"));
    expected.addAll(filesBelow(Path.of("forms"), "forms/"));
    expected.addAll(filesBelow(Path.of("src/test/resources/processes"), "processes/"));
    expected.addAll(filesBelow(Path.of("src/test/resources/forms"), "forms/"));

    List<String> deployed = new ArrayList<>();
    repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).list()
        .forEach(d -> deployed.addAll(repository.getDeploymentResourceNames(d.getId())));

    assertThat(expected).isNotEmpty();
    assertThat(deployed).containsAll(expected);
  }

  @Test
  void redeployMakesANewVersionOnlyForChangedModels() throws IOException {
    writeProcess("Check the redeployment");
    writeForm("Comment");
    JsonNode first = redeploy(HttpStatus.CREATED);
    assertThat(first.path("deployedResources").toString())
        .contains("processes/" + PROCESS_FILE).contains("forms/" + FORM_FILE)
        .doesNotContain("foundation-smoke");
    ProcessInstance running = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY);
    int v1 = latest().getVersion();

    JsonNode unchanged = redeploy(HttpStatus.OK);
    assertThat(latest().getVersion()).isEqualTo(v1);
    assertThat(unchanged.path("message").asText()).startsWith("Nothing deployed: each of the")
        .contains("ITSM_PROCESSES_DIR: " + EXTERNAL_PROCESSES.toAbsolutePath().normalize());
    assertThat(unchanged.path("sources").toString()).contains("packaged in the application: ");
    assertThat(first.path("message").asText()).startsWith("Deployed ").contains(first.path("deploymentId").asText());

    writeProcess("Check the redeployment again");
    JsonNode second = redeploy(HttpStatus.CREATED);

    ProcessDefinition v2 = latest();
    assertThat(v2.getVersion()).isEqualTo(v1 + 1);
    assertThat(v2.getDeploymentId()).isEqualTo(second.path("deploymentId").asText());
    // The process binds its form by deployment, so the form travels with it.
    assertThat(repository.getDeploymentResourceNames(v2.getDeploymentId()))
        .containsExactlyInAnyOrder("processes/" + PROCESS_FILE, "forms/" + FORM_FILE);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(running.getId()).singleResult().getProcessDefinitionId())
        .isNotEqualTo(v2.getId());
    assertThat(running).isWaitingAt("Task_Check");
  }

  @Test
  void aChangedFormBringsItsProcessAlong() throws IOException {
    writeProcess("Check the form change");
    writeForm("Comment");
    redeploy(HttpStatus.CREATED);
    int before = latest().getVersion();

    writeForm("Comment, now with a better label");
    JsonNode outcome = redeploy(HttpStatus.CREATED);

    assertThat(outcome.path("deployedResources").toString()).contains(PROCESS_FILE).contains(FORM_FILE);
    assertThat(latest().getVersion()).isEqualTo(before + 1);
  }

  @Test
  void aBrokenModelIsRejectedWithItsLocationAndNothingIsDeployed() throws IOException {
    writeProcess("atomic-check.bpmn", "atomic-check", "Deployed with a broken neighbour");
    writeForm("Comment");
    Files.writeString(EXTERNAL_PROCESSES.resolve("broken.bpmn"), brokenProcess());
    long deploymentsBefore = repository.createDeploymentQuery().count();

    ResponseEntity<JsonNode> response = as(processOwner).postForEntity("/api/admin/deployments", null, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problems = response.getBody().path("problems");
    assertThat(problems).isNotEmpty().allSatisfy(problem -> {
      assertThat(problem.path("resource").asText()).isEqualTo("processes/broken.bpmn");
      assertThat(problem.path("line").asInt()).isPositive();
    });
    assertThat(problems.findValuesAsText("message").toString()).contains("Task_Missing");
    assertThat(problems.findValues("elementIds").toString()).contains("Flow_Dangling");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("atomic-check").count())
        .as("the valid file of the same request").isZero();
  }

  @Test
  void aFormWithoutIdIsRejected() throws IOException {
    Files.writeString(EXTERNAL_FORMS.resolve("nameless.form"), "{\"components\": []}");

    ResponseEntity<JsonNode> response = as(processOwner).postForEntity("/api/admin/deployments", null, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("detail").asText()).contains("forms/nameless.form").contains("id");
  }

  @Test
  void administratorsMayRedeployToo() {
    ResponseEntity<String> response = rest.withBasicAuth(AdminAccount.USER_ID, "Test-Secret-Pass-1")
        .postForEntity("/api/admin/deployments", null, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private JsonNode redeploy(HttpStatus expected) {
    ResponseEntity<JsonNode> response = as(processOwner).postForEntity("/api/admin/deployments", null, JsonNode.class);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(expected);
    return response.getBody();
  }

  private ProcessDefinition latest() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion().singleResult();
  }

  private static List<String> filesBelow(Path dir, String prefix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> f.toString().matches(".*\\.(bpmn|dmn|form)$"))
          .map(f -> prefix + dir.relativize(f).toString().replace('\\', '/'))
          .toList();
    }
  }

  private static void writeProcess(String taskName) throws IOException {
    writeProcess(PROCESS_FILE, PROCESS_KEY, taskName);
  }

  private static void writeProcess(String file, String key, String taskName) throws IOException {
    Files.writeString(EXTERNAL_PROCESSES.resolve(file), """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Redeploy"
            targetNamespace="https://itsm-flow.org/test">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="Event_Start" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="Task_Check" />
            <bpmn:userTask id="Task_Check" name="%s" camunda:candidateGroups="process-owners"
                camunda:formRef="redeploy-check" camunda:formRefBinding="deployment" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="Event_End" />
            <bpmn:endEvent id="Event_End" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, taskName));
  }

  private static void writeForm(String label) throws IOException {
    Files.writeString(EXTERNAL_FORMS.resolve(FORM_FILE), """
        {"id": "redeploy-check", "type": "default", "schemaVersion": 16,
         "components": [{"id": "Field_Comment", "key": "comment", "label": "%s", "type": "textfield"}]}
        """.formatted(label));
  }

  private static String brokenProcess() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Broken"
            targetNamespace="https://itsm-flow.org/test">
          <bpmn:process id="broken" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="Event_Start" />
            <bpmn:sequenceFlow id="Flow_Dangling" sourceRef="Event_Start" targetRef="Task_Missing" />
          </bpmn:process>
        </bpmn:definitions>
        """;
  }
}
