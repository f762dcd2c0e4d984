package org.itsmflow.models;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;

/**
 * The conventions bpmnlint cannot check (CONVENTIONS.md, 5 and 6b): readable ids with a type
 * prefix, kebab-case process keys named like their file, a history time to live, delegates
 * as Spring beans, no scripts, a form plus a candidate group on every user task, and a retry
 * cycle on every timer and async step.
 */
final class ModelConventions {

  private static final Pattern PROCESS_KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern ELEMENT_ID =
      Pattern.compile("(Task|Event|Gateway|Flow|SubProcess|CallActivity|DataObject)_[A-Z][A-Za-z0-9]*");
  private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("\\$\\{[a-z][A-Za-z0-9]*}");

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private ModelConventions() {}

  static List<String> violations(String fileName, BpmnModelInstance model) {
    List<String> violations = new ArrayList<>();
    if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
      violations.add("no diagram layout (DI)");
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      String key = process.getId();
      if (!PROCESS_KEY.matcher(key).matches()) {
        violations.add("process key '" + key + "' is not kebab-case");
      }
      if (!fileName.equals(key + ".bpmn")) {
        violations.add("process '" + key + "' is in file " + fileName + ", expected " + key + ".bpmn");
      }
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        violations.add("process '" + key + "' has no historyTimeToLive");
      }
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if (!ELEMENT_ID.matcher(element.getId()).matches()) {
        violations.add("id '" + element.getId() + "' does not follow Type_ReadableName");
      }
      if (element.getName() == null && !(element instanceof org.camunda.bpm.model.bpmn.instance.SequenceFlow)) {
        violations.add("'" + element.getId() + "' has no label");
      }
    }
    model.getModelElementsByType(ScriptTask.class)
        .forEach(task -> violations.add("script task '" + task.getId() + "': use a delegate or DMN"));
    model.getModelElementsByType(ServiceTask.class)
        .forEach(task -> checkDelegate(task, task.getCamundaDelegateExpression(), violations));
    model.getModelElementsByType(SendTask.class)
        .forEach(task -> checkDelegate(task, task.getCamundaDelegateExpression(), violations));
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      if (task.getCamundaDecisionRef() == null) {
        violations.add("business rule task '" + task.getId() + "' has no decisionRef");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null) {
        violations.add("user task '" + task.getId() + "' has no candidate group or assignee");
      }
      checkForm(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), violations);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        checkForm(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), violations);
      }
    }
    // A failing job retries three times at once by default (Camunda's performance guide): a timer
    // or async step needs a retry cycle with a delay, so a short outage does not leave an incident.
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      checkRetryCycle((BaseElement) timer.getParentElement(), "timer", violations);
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      // Read as attributes: the model API refuses asyncAfter on an event-based gateway.
      if ("true".equals(node.getAttributeValueNs(CAMUNDA_NS, "asyncBefore"))
          || "true".equals(node.getAttributeValueNs(CAMUNDA_NS, "asyncAfter"))) {
        checkRetryCycle(node, "async step", violations);
      }
    }
    return violations;
  }

  private static void checkRetryCycle(BaseElement element, String what, List<String> violations) {
    boolean hasCycle = element.getExtensionElements() != null && !element.getExtensionElements()
        .getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list().isEmpty();
    if (!hasCycle) {
      violations.add(what + " '" + element.getId() + "' has no retry cycle (camunda:failedJobRetryTimeCycle, e.g. R3/PT1M)");
    }
  }

  private static void checkDelegate(BaseElement task, String expression, List<String> violations) {
    if (expression == null || !DELEGATE_EXPRESSION.matcher(expression).matches()) {
      violations.add("'" + task.getId() + "' must call a Spring bean: camunda:delegateExpression=\"${beanName}\"");
    }
  }

  private static void checkForm(BaseElement element, String formRef, String binding, List<String> violations) {
    if (formRef == null) {
      violations.add("'" + element.getId() + "' has no Camunda Form (camunda:formRef)");
    } else if (!"deployment".equals(binding)) {
      violations.add("'" + element.getId() + "' must bind its form with camunda:formRefBinding=\"deployment\"");
    }
  }
}
