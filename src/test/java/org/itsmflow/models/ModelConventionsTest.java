package org.itsmflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelConventionsTest {

  static Stream<Path> projectModels() throws IOException {
    List<Path> roots = List.of(Path.of("processes"), Path.of("src/test/resources/processes"));
    return roots.stream().filter(Files::isDirectory).flatMap(root -> {
      try {
        return Files.walk(root).filter(file -> file.toString().endsWith(".bpmn")).toList().stream();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("projectModels")
  void projectModelsFollowTheConventions(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

    assertThat(ModelConventions.violations(file.getFileName().toString(), model)).isEmpty();
  }

  @Test
  void aModelThatBreaksTheConventionsIsReported() {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream("""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Bad" targetNamespace="t">
          <bpmn:process id="Bad_Process" isExecutable="true">
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="UserTask_1" />
            <bpmn:userTask id="UserTask_1" name="Do something" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="UserTask_1" targetRef="Task_Call" />
            <bpmn:serviceTask id="Task_Call" name="Call" camunda:class="com.example.Logic" />
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Call" targetRef="Task_Script" />
            <bpmn:scriptTask id="Task_Script" name="Script" scriptFormat="groovy"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
            <bpmn:boundaryEvent id="Event_Late" name="Late" attachedToRef="UserTask_1">
              <bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
          </bpmn:process>
        </bpmn:definitions>
        """.getBytes(StandardCharsets.UTF_8)));

    List<String> violations = ModelConventions.violations("bad.bpmn", model);

    assertThat(violations).anyMatch(v -> v.contains("no diagram layout"))
        .anyMatch(v -> v.contains("not kebab-case"))
        .anyMatch(v -> v.contains("expected Bad_Process.bpmn"))
        .anyMatch(v -> v.contains("no historyTimeToLive"))
        .anyMatch(v -> v.contains("'StartEvent_1' does not follow"))
        .anyMatch(v -> v.contains("'StartEvent_1' has no label"))
        .anyMatch(v -> v.contains("'UserTask_1' has no candidate group"))
        .anyMatch(v -> v.contains("'UserTask_1' has no Camunda Form"))
        .anyMatch(v -> v.contains("'Task_Call' must call a Spring bean"))
        .anyMatch(v -> v.contains("script task 'Task_Script'"))
        .anyMatch(v -> v.contains("timer 'Event_Late' has no retry cycle"));
  }
}
