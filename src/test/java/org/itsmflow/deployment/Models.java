package org.itsmflow.deployment;

import java.nio.charset.StandardCharsets;

/** Small models for the deployment checks: one element each, with whatever the test puts in it. */
final class Models {

  record Model(String name, String xml) {
    byte[] bytes() {
      return xml.getBytes(StandardCharsets.UTF_8);
    }
  }

  private Models() {}

  static Model process(String key, String elements) {
    return new Model("processes/" + key + ".bpmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Check" targetNamespace="t">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
        %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, elements));
  }

  /** A harmless process: it starts and waits. */
  static Model harmless(String key) {
    return process(key, """
            <bpmn:startEvent id="StartEvent_Harmless" />
            <bpmn:sequenceFlow id="Flow_Harmless" sourceRef="StartEvent_Harmless" targetRef="Task_Wait" />
            <bpmn:userTask id="Task_Wait" name="Wait" />
        """);
  }

  static Model timerStart(String date) {
    return process("model-check-timer", """
            <bpmn:startEvent id="StartEvent_Timer">
              <bpmn:timerEventDefinition id="Timer_Date"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">%s</bpmn:timeDate></bpmn:timerEventDefinition>
            </bpmn:startEvent>
        """.formatted(escape(date)));
  }

  static Model condition(String expression) {
    return process("model-check-condition", """
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Gateway_Check" />
            <bpmn:exclusiveGateway id="Gateway_Check" default="Flow_Default" />
            <bpmn:sequenceFlow id="Flow_Condition" sourceRef="Gateway_Check" targetRef="EndEvent_1">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">%s</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="Flow_Default" sourceRef="Gateway_Check" targetRef="EndEvent_1" />
            <bpmn:endEvent id="EndEvent_1" />
        """.formatted(escape(expression)));
  }

  static Model scriptCondition() {
    return process("model-check-script-condition", """
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:sequenceFlow id="Flow_Script" sourceRef="StartEvent_1" targetRef="EndEvent_1">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">true</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:endEvent id="EndEvent_1" />
        """);
  }

  static Model listener(String attributes) {
    return process("model-check-listener", """
            <bpmn:startEvent id="StartEvent_Listened">
              <bpmn:extensionElements>
                <camunda:executionListener event="start" %s />
              </bpmn:extensionElements>
            </bpmn:startEvent>
        """.formatted(attributes));
  }

  static Model scriptListener() {
    return process("model-check-script-listener", """
            <bpmn:startEvent id="StartEvent_Listened">
              <bpmn:extensionElements>
                <camunda:executionListener event="start">
                  <camunda:script scriptFormat="groovy">Runtime.runtime.exec("id")</camunda:script>
                </camunda:executionListener>
              </bpmn:extensionElements>
            </bpmn:startEvent>
        """);
  }

  static Model serviceTask(String attributes) {
    return process("model-check-service", """
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Call" />
            <bpmn:serviceTask id="Task_Call" name="Call" %s />
        """.formatted(attributes));
  }

  static Model inputMapping(String expression) {
    return process("model-check-mapping", """
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Mapped" />
            <bpmn:userTask id="Task_Mapped" name="Mapped">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="mapped">%s</camunda:inputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:userTask>
        """.formatted(escape(expression)));
  }

  static Model userTaskForm(String attributes) {
    return process("model-check-form", """
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Form" />
            <bpmn:userTask id="Task_Form" name="Form" %s />
        """.formatted(attributes));
  }

  /** A user task with a task listener, its attributes as given (Modeler writes them unqualified). */
  static Model taskListener(String attributes) {
    return process("model-check-task-listener", """
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Listened" />
            <bpmn:userTask id="Task_Listened" name="Listened">
              <bpmn:extensionElements>
                <camunda:taskListener event="complete" %s />
              </bpmn:extensionElements>
            </bpmn:userTask>
        """.formatted(attributes));
  }

  static Model scriptTask() {
    return process("model-check-script", """
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Script" />
            <bpmn:scriptTask id="Task_Script" name="Script" scriptFormat="javascript">
              <bpmn:script>java.lang.Runtime.getRuntime().exec("id")</bpmn:script>
            </bpmn:scriptTask>
        """);
  }

  /** A one-rule decision table: input expression, output entry, and the table's expression language. */
  static Model decision(String inputExpression, String outputEntry, String language) {
    String languageAttribute = language == null ? "" : " expressionLanguage=\"" + language + "\"";
    return new Model("processes/model-check-decision.dmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Decision"
            name="Check" namespace="t"%s>
          <decision id="model-check-decision" name="Check">
            <decisionTable id="DecisionTable_Check">
              <input id="Input_A" label="A">
                <inputExpression id="InputExpression_A" typeRef="string">%s</inputExpression>
              </input>
              <output id="Output_B" name="b" typeRef="string" />
              <rule id="Rule_One">
                <inputEntry id="InputEntry_One"><text>-</text></inputEntry>
                <outputEntry id="OutputEntry_One">%s</outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(languageAttribute, inputExpression, outputEntry));
  }

  /** A one-rule decision table with typed columns: the input's type and entry, the output's type and entry. */
  static Model typedDecision(String inputType, String inputEntry, String outputType, String outputEntry) {
    return new Model("processes/model-check-typed.dmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Typed"
            name="Typed" namespace="t">
          <decision id="model-check-typed" name="Typed">
            <decisionTable id="DecisionTable_Typed">
              <input id="Input_Impact" label="Impact">
                <inputExpression id="InputExpression_Impact" typeRef="%s"><text>impact</text></inputExpression>
              </input>
              <output id="Output_Priority" name="priority" typeRef="%s" />
              <rule id="Rule_One">
                <inputEntry id="InputEntry_One"><text>%s</text></inputEntry>
                <outputEntry id="OutputEntry_One"><text>%s</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(inputType, outputType, escape(inputEntry), escape(outputEntry)));
  }

  /**
   * A decision table with two rules and two inputs (Impact, an integer; Channel, a string): the
   * hit policy (null: none given, so UNIQUE) and each rule's impact entry, channel entry and output.
   */
  static Model twoRuleTable(String hitPolicy, String[] first, String[] second) {
    String policy = hitPolicy == null ? "" : " hitPolicy=\"" + hitPolicy + "\"";
    return new Model("processes/model-check-rules.dmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Rules"
            name="Rules" namespace="t">
          <decision id="model-check-rules" name="Rules">
            <decisionTable id="DecisionTable_Rules"%s>
              <input id="Input_Impact" label="Impact">
                <inputExpression id="InputExpression_Impact" typeRef="integer"><text>impact</text></inputExpression>
              </input>
              <input id="Input_Channel" label="Channel">
                <inputExpression id="InputExpression_Channel" typeRef="string"><text>channel</text></inputExpression>
              </input>
              <output id="Output_Priority" name="priority" typeRef="integer" />
              <rule id="Rule_First">
                <inputEntry id="InputEntry_First_Impact"><text>%s</text></inputEntry>
                <inputEntry id="InputEntry_First_Channel"><text>%s</text></inputEntry>
                <outputEntry id="OutputEntry_First"><text>%s</text></outputEntry>
              </rule>
              <rule id="Rule_Second">
                <inputEntry id="InputEntry_Second_Impact"><text>%s</text></inputEntry>
                <inputEntry id="InputEntry_Second_Channel"><text>%s</text></inputEntry>
                <outputEntry id="OutputEntry_Second"><text>%s</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(policy, escape(first[0]), escape(first[1]), escape(first[2]), escape(second[0]),
        escape(second[1]), escape(second[2])));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
