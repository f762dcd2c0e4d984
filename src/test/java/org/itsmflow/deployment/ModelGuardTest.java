package org.itsmflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Models are data, not code, on every door a deployment takes into the engine. */
class ModelGuardTest extends ApplicationTest {

  static final Path MARKER = Path.of("target/model-guard-exploit-ran").toAbsolutePath();
  static final String EXPLOIT = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
      + ".invoke(null).exec('touch " + MARKER + "')}";

  @Autowired RepositoryService repository;
  @Autowired ListableBeanFactory beans;

  private String processOwner;

  @BeforeEach
  void setUp() throws IOException {
    processOwner = user("guard-process-owner", RoleGroup.PROCESS_OWNERS.id());
    Files.deleteIfExists(MARKER);
    FileSystemUtils.deleteRecursively(EXTERNAL_PROCESSES);
    Files.createDirectories(EXTERNAL_PROCESSES);
  }

  @AfterEach
  void emptyFolder() throws IOException {
    FileSystemUtils.deleteRecursively(EXTERNAL_PROCESSES);
    Files.createDirectories(EXTERNAL_PROCESSES);
  }

  @Test
  void ourDeploymentApiRefusesTheExploitWithItsPlaceAndDeploysNothing() throws IOException {
    Models.Model exploit = Models.timerStart(EXPLOIT);
    Models.Model neighbour = Models.harmless("guard-neighbour-api");
    Files.write(EXTERNAL_PROCESSES.resolve("model-check-timer.bpmn"), exploit.bytes());
    Files.write(EXTERNAL_PROCESSES.resolve("guard-neighbour-api.bpmn"), neighbour.bytes());
    long deploymentsBefore = repository.createDeploymentQuery().count();

    ResponseEntity<JsonNode> response = as(processOwner).postForEntity("/api/admin/deployments", null, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = response.getBody().path("problems").get(0);
    assertThat(problem.path("resource").asText()).isEqualTo("processes/model-check-timer.bpmn");
    assertThat(problem.path("line").asInt()).isPositive();
    assertThat(problem.path("column").asInt()).isPositive();
    assertThat(problem.path("elementIds").toString()).contains("Timer_Date");
    assertThat(problem.path("message").asText()).contains("method call");
    assertNothingDeployed(deploymentsBefore, "guard-neighbour-api");
  }

  @Test
  void theEngineRestApiRefusesItAsModelerDeploys() {
    long deploymentsBefore = repository.createDeploymentQuery().count();

    ResponseEntity<JsonNode> response = engineRestDeploy(processOwner,
        Models.timerStart(EXPLOIT), Models.harmless("guard-neighbour-rest"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("type").asText()).isEqualTo("ParseException");
    JsonNode errors = response.getBody().path("details").path("model-check-timer.bpmn").path("errors");
    assertThat(errors).isNotEmpty();
    assertThat(errors.get(0).path("line").asInt()).isPositive();
    assertThat(errors.get(0).path("mainElementId").asText()).isEqualTo("Timer_Date");
    assertThat(errors.get(0).path("message").asText()).contains("method call");
    assertNothingDeployed(deploymentsBefore, "guard-neighbour-rest");
  }

  @Test
  void everyVariantIsRefusedThroughTheEngineRestApi() {
    ModelInspectorTest.refusedModels().forEach(arguments -> {
      Models.Model model = (Models.Model) arguments.get()[1];
      ResponseEntity<JsonNode> response = engineRestDeploy(processOwner, model);
      assertThat(response.getStatusCode()).as((String) arguments.get()[0]).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody().path("message").asText()).as((String) arguments.get()[0])
          .contains((String) arguments.get()[2]);
    });
    assertThat(MARKER).doesNotExist();
  }

  @Test
  void everyVariantIsRefusedThroughOurApiAndTheJavaApi() throws IOException {
    long deploymentsBefore = repository.createDeploymentQuery().count();
    for (var arguments : ModelInspectorTest.refusedModels().toList()) {
      String what = (String) arguments.get()[0];
      Models.Model model = (Models.Model) arguments.get()[1];
      String reason = (String) arguments.get()[2];

      Path file = EXTERNAL_PROCESSES.resolve(model.name().substring("processes/".length()));
      Files.write(file, model.bytes());
      ResponseEntity<JsonNode> response = as(processOwner).postForEntity("/api/admin/deployments", null, JsonNode.class);
      Files.delete(file);
      assertThat(response.getStatusCode()).as(what).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody().path("problems").findValuesAsText("message").toString()).as(what).contains(reason);

      assertThatThrownBy(() -> repository.createDeployment().name("java-api").addString(model.name(), model.xml())
          .deploy()).as(what).isInstanceOf(ModelNotAllowedException.class).hasMessageContaining(reason);
    }
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertThat(MARKER).doesNotExist();
  }

  /** A model that would deploy, and then fail when it runs: refused at every door, with each place. */
  @Test
  void aModelNamingWhatDoesNotExistIsRefusedBeforeItGoesLive() throws IOException {
    Models.Model model = Models.process("model-check-references", """
            <bpmn:startEvent id="Event_Start" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="Task_Review" />
            <bpmn:userTask id="Task_Review" name="Review" camunda:candidateGroups="ghost-group"
                camunda:formRef="missing-form" camunda:formRefBinding="deployment" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Review" targetRef="Task_Record" />
            <bpmn:serviceTask id="Task_Record" name="Record" camunda:delegateExpression="${recordIncidnet}" />
            <bpmn:boundaryEvent id="Event_Late" attachedToRef="Task_Review" cancelActivity="false">
              <bpmn:timerEventDefinition id="Timer_Late"><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
        """);
    List<String> reasons = List.of("candidate group 'ghost-group' does not exist",
        "camunda:formRef=\"missing-form\" binds a form from this deployment",
        "there is no delegate bean 'recordIncidnet'", "timer 'Event_Late' has no retry cycle");
    long deploymentsBefore = repository.createDeploymentQuery().count();

    Path file = EXTERNAL_PROCESSES.resolve("model-check-references.bpmn");
    Files.write(file, model.bytes());
    ResponseEntity<JsonNode> ours = as(processOwner).postForEntity("/api/admin/deployments", null, JsonNode.class);
    Files.delete(file);
    assertThat(ours.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problems = ours.getBody().path("problems");
    assertThat(problems.findValuesAsText("message").toString()).contains(reasons);
    assertThat(problems).hasSize(4).allSatisfy(problem -> {
      assertThat(problem.path("resource").asText()).isEqualTo("processes/model-check-references.bpmn");
      assertThat(problem.path("line").asInt()).isPositive();
      assertThat(problem.path("column").asInt()).isPositive();
      assertThat(problem.path("elementIds")).isNotEmpty();
    });

    ResponseEntity<JsonNode> modeler = engineRestDeploy(processOwner, model);
    assertThat(modeler.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = modeler.getBody().path("details").path("model-check-references.bpmn").path("errors");
    assertThat(errors.findValuesAsText("message").toString()).contains(reasons);
    assertThat(errors.findValuesAsText("mainElementId")).contains("Task_Review", "Task_Record", "Event_Late");

    assertThatThrownBy(() -> repository.createDeployment().name("java-api").addString(model.name(), model.xml())
        .deploy()).isInstanceOf(ModelNotAllowedException.class).hasMessageContaining("ghost-group");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);

    // With the form in the deployment, an existing group, a bean the application has and a retry cycle, it goes live.
    Models.Model fixed = Models.process("model-check-references", model.xml().substring(model.xml().indexOf("<bpmn:startEvent"),
        model.xml().indexOf("</bpmn:process>")).replace("ghost-group", "process-owners")
        .replace("recordIncidnet", "recordIncident").replace("cancelActivity=\"false\">", "cancelActivity=\"false\">"
            + "<bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R3/PT10M</camunda:failedJobRetryTimeCycle>"
            + "</bpmn:extensionElements>"));
    org.camunda.bpm.engine.repository.Deployment deployed = repository.createDeployment().name("java-api")
        .addString(fixed.name(), fixed.xml()).addString("forms/missing-form.form",
            "{\"id\": \"missing-form\", \"components\": []}").deploy();
    assertThat(repository.createProcessDefinitionQuery().deploymentId(deployed.getId()).count()).isOne();
    repository.deleteDeployment(deployed.getId(), true);
  }

  @Test
  void aDecisionTableWhoseRulesMatchTogetherIsRefusedBeforeItGoesLive() {
    // Urgency 2 matches both rules: under UNIQUE every such evaluation fails (DMN-03001).
    Models.Model table = Models.twoRuleTable("UNIQUE", new String[] {"1", "-", "1"},
        new String[] {"1, 2", "\"phone\"", "2"});
    long deploymentsBefore = repository.createDeploymentQuery().count();

    ResponseEntity<JsonNode> modeler = engineRestDeploy(processOwner, table);
    assertThat(modeler.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = modeler.getBody().path("details").path("model-check-rules.dmn").path("errors");
    assertThat(errors.findValuesAsText("message").toString())
        .contains("rules 'Rule_First' and 'Rule_Second' both match when Impact = 1, Channel = \"phone\"");
    assertThat(errors.findValuesAsText("mainElementId")).contains("Rule_Second");
    assertThatThrownBy(() -> repository.createDeployment().name("java-api").addString(table.name(), table.xml())
        .deploy()).isInstanceOf(ModelNotAllowedException.class).hasMessageContaining("hit policy UNIQUE");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);

    Models.Model first = Models.twoRuleTable("FIRST", new String[] {"1", "-", "1"},
        new String[] {"1, 2", "\"phone\"", "2"});
    org.camunda.bpm.engine.repository.Deployment deployed = repository.createDeployment().name("java-api")
        .addString(first.name(), first.xml()).deploy();
    assertThat(repository.createDecisionDefinitionQuery().deploymentId(deployed.getId()).count()).isOne();
    repository.deleteDeployment(deployed.getId(), true);
  }

  @Test
  void theJavaApiAndARedeployAreRefusedToo() {
    Models.Model exploit = Models.timerStart(EXPLOIT);

    assertThatThrownBy(() -> repository.createDeployment().name("java-api")
        .addString("model-check-timer.bpmn", exploit.xml()).deploy())
        .isInstanceOf(ModelNotAllowedException.class).hasMessageContaining("method call");
    assertThat(MARKER).doesNotExist();
  }

  @Test
  void applicationBeansAreSeenAsDelegatesHelpersAndOthers() {
    ModelBeans modelBeans = ModelGuard.modelBeans(beans);

    assertThat(modelBeans.isDelegate("recordIncident")).isTrue();
    assertThat(modelBeans.isDelegate("showKnownErrors")).as("a task listener").isTrue();
    assertThat(modelBeans.isHelper("problemDetectionSchedule")).isTrue();
    assertThat(modelBeans.isOtherBean("identityService")).isTrue();
    assertThat(modelBeans.isOtherBean("dataSource")).isTrue();
  }

  /** The same check CI runs on processes/, here with the application's real beans. */
  @Test
  void everyShippedModelPassesWithTheApplicationsBeans() throws IOException {
    ModelInspector inspector = new ModelInspector(ModelGuard.modelBeans(beans));
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      files.filter(f -> f.toString().matches(".*\\.(bpmn|dmn)$")).forEach(file -> {
        try {
          assertThat(inspector.inspect(file.toString(), Files.readAllBytes(file))).as(file.toString()).isEmpty();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private ResponseEntity<JsonNode> engineRestDeploy(String userId, Models.Model... models) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "modeler-deployment");
    for (Models.Model model : models) {
      String fileName = model.name().substring(model.name().lastIndexOf('/') + 1);
      parts.add(fileName, new ByteArrayResource(model.bytes()) {
        @Override
        public String getFilename() {
          return fileName;
        }
      });
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(userId).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), JsonNode.class);
  }

  private void assertNothingDeployed(long deploymentsBefore, String neighbourKey) {
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(neighbourKey).count()).isZero();
    assertThat(MARKER).as("the exploit's command ran").doesNotExist();
  }
}
