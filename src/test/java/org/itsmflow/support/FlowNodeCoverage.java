package org.itsmflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;

/**
 * The share of a model's flow nodes that a test class's process instances passed, from the
 * engine's history, so that a process test class fails when paths go untested. Gateways are not
 * counted: the audit history leaves their passing out ({@code AuditHistoryLevel}), and each of
 * their branches is counted by the step it leads to.
 */
public final class FlowNodeCoverage {

  private final Set<String> processInstanceIds = new HashSet<>();

  public void track(String processInstanceId) {
    processInstanceIds.add(processInstanceId);
  }

  public void assertAtLeast(ProcessEngine engine, String processKey, double minimum) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult().getId();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definitionId);
    Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream()
        .filter(node -> !(node instanceof Gateway)).map(FlowNode::getId).collect(Collectors.toSet());
    Set<String> passed = new HashSet<>();
    for (String id : processInstanceIds) {
      engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
          .map(HistoricActivityInstance::getActivityId)
          .forEach(passed::add);
    }
    passed.retainAll(nodes);
    Set<String> missed = new HashSet<>(nodes);
    missed.removeAll(passed);
    assertThat((double) passed.size() / nodes.size())
        .as("flow nodes of %s passed by the tests; not passed: %s", processKey, missed)
        .isGreaterThanOrEqualTo(minimum);
  }
}
