package org.itsmflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Models are data, not code: the inspection alone, without Spring or an engine. */
class ModelInspectorTest {

  static final ModelBeans BEANS = new ModelBeans(Set.of("recordIncident"), Set.of("problemDetectionSchedule"),
      Set.of("recordIncident", "problemDetectionSchedule", "identityService", "dataSource"));

  private final ModelInspector inspector = new ModelInspector(BEANS);

  /** The attack that was possible: a timer date evaluated when the model is deployed. */
  static final String EXPLOIT = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
      + ".invoke(null).exec('touch /tmp/itsm-pwned')}";

  static Stream<Arguments> refusedModels() {
    return Stream.of(
        Arguments.of("the exploit in a timer date", Models.timerStart(EXPLOIT), "method call"),
        Arguments.of("a method call in a condition", Models.condition("${approval.equals('yes')}"), "method call"),
        Arguments.of("a nested method call", Models.condition("${a.b.c()}"), "method call"),
        Arguments.of("a method call in a listener", Models.listener("camunda:expression=\"${x.run()}\""), "method call"),
        Arguments.of("a Java class listener", Models.listener("camunda:class=\"com.example.Evil\""), "camunda:class"),
        Arguments.of("a camunda:class delegate", Models.serviceTask("camunda:class=\"com.example.Evil\""), "camunda:class"),
        Arguments.of("a method call in a delegate expression",
            Models.serviceTask("camunda:delegateExpression=\"${recordIncident.toString()}\""), "method call"),
        Arguments.of("a method call in an input mapping", Models.inputMapping("${identityService.createUserQuery()}"),
            "method call"),
        Arguments.of("another Spring bean", Models.inputMapping("${dataSource}"), "application component"),
        Arguments.of("a bean's property chain", Models.condition("${identityService.currentAuthentication != null}"),
            "application component"),
        Arguments.of("the engine behind execution", Models.condition("${execution.processBusinessKey == 'x'}"),
            "gives access to the engine"),
        Arguments.of("getClass as a property", Models.condition("${x.class.name == 'y'}"), "property 'class'"),
        Arguments.of("getClass through brackets", Models.condition("${x['class'] != null}"), "property 'class'"),
        Arguments.of("a computed property name", Models.condition("${x[name] != null}"), "computed property name"),
        Arguments.of("a function", Models.condition("${fn:now() != null}"), "function call"),
        Arguments.of("a deferred method call", Models.condition("#{x.y()}"), "method call"),
        Arguments.of("a script task", Models.scriptTask(), "scripts are not allowed"),
        Arguments.of("a script listener", Models.scriptListener(), "scripts are not allowed"),
        Arguments.of("a script condition", Models.scriptCondition(), "makes a script"),
        Arguments.of("an external resource", Models.serviceTask("camunda:resource=\"classpath://x.groovy\""),
            "external resource"),
        Arguments.of("an embedded HTML form", Models.userTaskForm("camunda:formKey=\"embedded:deployment:x.html\""),
            "embedded HTML forms"),
        Arguments.of("a method call in a DMN output entry", Models.decision("<text>\"a\"</text>",
            "<text>${identityService.createUserQuery()}</text>", null), "method call"),
        Arguments.of("a JUEL DMN with a method call", Models.decision("<text>${a.b()}</text>", "<text>\"b\"</text>",
            "juel"), "method call"),
        Arguments.of("a scripted DMN", Models.decision("<text>a</text>", "<text>\"b\"</text>", "javascript"),
            "expressionLanguage"),
        Arguments.of("a delegate bean handed to the process", Models.inputMapping("${recordIncident}"),
            "may only be named"),
        Arguments.of("a delegate bean as a listener's expression", Models.taskListener("expression=\"${recordIncident}\""),
            "may only be named"),
        Arguments.of("a helper bean handed to the process", Models.inputMapping("${problemDetectionSchedule}"),
            "may only be read"),
        Arguments.of("a FEEL method call on a value", Models.decision("<text>a</text>",
            "<text>a.getClass().getName()</text>", null), "calls a method of a value"),
        Arguments.of("a text in an integer output (\"two\" for a priority)", Models.typedDecision("integer", "1",
            "integer", "\"two\""), "output entry '\"two\"' does not fit output 'priority' of type integer"),
        Arguments.of("a text among an integer input's tests", Models.typedDecision("integer", "1, \"high\"",
            "integer", "2"), "input entry '1, \"high\"' does not fit input 'Input_Impact' of type integer"),
        Arguments.of("a decimal in an integer range", Models.typedDecision("integer", "[1..2.5]", "integer", "2"),
            "2.5 is a decimal number, not an integer"),
        Arguments.of("a number in a boolean output", Models.typedDecision("integer", "1", "boolean", "1"),
            "1 is a number, not a boolean"),
        Arguments.of("true in a string input", Models.typedDecision("string", "not(true)", "integer", "1"),
            "true is true or false, not a string"),
        Arguments.of("a FEEL external function", Models.decision("<text>a</text>",
            "<text>function(x) external {java: {class: \"java.lang.Runtime\", method signature: \"getRuntime()\"}}"
                + "</text>", null), "FEEL external functions"));
  }

  @Test
  void aNewModelsFormsGroupsDelegatesAndJobsAreReadWithTheirPlaces() {
    Models.Model model = Models.process("model-check-references", """
            <bpmn:startEvent id="Event_Every">
              <bpmn:timerEventDefinition id="Timer_Every"><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition>
            </bpmn:startEvent>
            <bpmn:userTask id="Task_Review" name="Review" camunda:candidateGroups="process-owners, ghosts"
                camunda:formRef="review-form" camunda:formRefBinding="deployment" />
            <bpmn:userTask id="Task_Latest" name="Latest" camunda:candidateGroups="${group}" camunda:formRef="any" />
            <bpmn:serviceTask id="Task_Record" name="Record" camunda:asyncBefore="true"
                camunda:delegateExpression="${recordIncident}">
              <bpmn:extensionElements>
                <camunda:failedJobRetryTimeCycle>R3/PT10M</camunda:failedJobRetryTimeCycle>
                <camunda:executionListener event="end" delegateExpression="${noSuchBean}" />
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:boundaryEvent id="Event_Late" attachedToRef="Task_Review">
              <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R3/PT1M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
              <bpmn:timerEventDefinition id="Timer_Late"><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:serviceTask id="Task_Async" name="Async" camunda:asyncAfter="true" camunda:delegateExpression="${recordIncident}" />
        """);

    ModelInspector.References references = inspector.references(model.name(), model.bytes());

    assertThat(references.forms()).extracting(ModelInspector.Reference::name).containsExactly("review-form");
    assertThat(references.groups()).extracting(ModelInspector.Reference::name).containsExactly("process-owners", "ghosts");
    assertThat(references.delegates()).extracting(ModelInspector.Reference::name)
        .containsExactly("recordIncident", "noSuchBean", "recordIncident");
    assertThat(references.withoutRetryCycle()).extracting(ModelViolation::elementId)
        .containsExactly("Event_Every", "Task_Async");
    assertThat(references.withoutRetryCycle().get(0).message()).startsWith("timer 'Event_Every' has no retry cycle");
    assertThat(references.groups().get(1).place().elementId()).isEqualTo("Task_Review");
    assertThat(references.groups().get(1).place().line()).isPositive();
    assertThat(inspector.references("processes/x.dmn", model.bytes()).forms()).isEmpty();
  }

  @Test
  void entriesThatFitTheirColumnOrAreNoLiteralsPass() {
    for (String[] fits : new String[][] {{"integer", "1, 2", "integer", "3"}, {"integer", ">= 2", "long", "-4"},
        {"integer", "[1..3]", "integer", "impact + 1"}, {"integer", "not(1, 2)", "double", "2.5"},
        {"string", "\"a\", \"b,c\"", "string", "\"x\""}, {"boolean", "true", "boolean", "false"},
        {"date", "< date and time(\"2027-01-01T00:00:00\")", "string", "-"}, {"integer", "-", "integer", ""},
        {"double", "]0..1.5[", "string", "name"}}) {
      assertThat(inspector.inspect("processes/fits.dmn", Models.typedDecision(fits[0], fits[1], fits[2], fits[3])
          .bytes())).as(String.join(" | ", fits)).isEmpty();
    }
  }

  static Stream<Arguments> overlappingRules() {
    return Stream.of(
        Arguments.of("UNIQUE", new String[] {"<= 2", "-", "1"}, new String[] {">= 2", "\"phone\"", "2"},
            "when Impact = 2, Channel = \"phone\": hit policy UNIQUE lets only one rule match"),
        Arguments.of(null, new String[] {"[1..3]", "not(\"mail\")", "1"}, new String[] {"3", "\"phone\", \"mail\"", "2"},
            "when Impact = 3, Channel = \"phone\": hit policy UNIQUE"),
        Arguments.of("UNIQUE", new String[] {"not(1)", "-", "1"}, new String[] {"> 1", "-", "1"}, "when Impact = 2:"),
        Arguments.of("UNIQUE", new String[] {"1", "not(\"mail\")", "1"}, new String[] {"1", "not(\"phone\")", "2"},
            "when Impact = 1:"),
        Arguments.of("UNIQUE", new String[] {"-", "", "1"}, new String[] {"", "-", "2"}, "both match for every input"),
        Arguments.of("ANY", new String[] {"1", "-", "1"}, new String[] {"1, 2", "-", "2"},
            "when Impact = 1 but give different outputs"));
  }

  @ParameterizedTest
  @MethodSource("overlappingRules")
  void rulesMatchingTogetherAgainstTheHitPolicyAreRefusedWithAnExample(String hitPolicy, String[] first,
      String[] second, String reason) {
    Models.Model table = Models.twoRuleTable(hitPolicy, first, second);

    List<ModelViolation> overlaps = inspector.references(table.name(), table.bytes()).overlappingRules();

    assertThat(overlaps).singleElement().satisfies(overlap -> {
      assertThat(overlap.message()).startsWith("rules 'Rule_First' and 'Rule_Second' both match").contains(reason);
      assertThat(overlap.elementId()).isEqualTo("Rule_Second");
      assertThat(overlap.resource()).isEqualTo(table.name());
      assertThat(overlap.line()).isPositive();
      assertThat(overlap.column()).isPositive();
    });
  }

  @Test
  void exclusiveRulesUnknowableEntriesAndPoliciesThatAllowOverlapsPass() {
    for (Object[] passes : new Object[][] {
        {"UNIQUE", new String[] {"<= 2", "-", "1"}, new String[] {"> 2", "-", "2"}},
        {"UNIQUE", new String[] {"[1..2]", "-", "1"}, new String[] {"]2..5]", "-", "2"}},
        // No whole number lies between 1 and 2.
        {"UNIQUE", new String[] {"(1..2)", "-", "1"}, new String[] {"-", "-", "2"}},
        {"UNIQUE", new String[] {"1", "\"phone\"", "1"}, new String[] {"1", "not(\"phone\")", "2"}},
        {"UNIQUE", new String[] {"not(1, 2)", "-", "1"}, new String[] {"[1..2]", "-", "2"}},
        {"UNIQUE", new String[] {"< limit", "-", "1"}, new String[] {"-", "-", "2"}},
        {"ANY", new String[] {"1", "-", "1"}, new String[] {"1, 2", "-", "1"}},
        {"FIRST", new String[] {"-", "-", "1"}, new String[] {"1", "-", "2"}},
        {"COLLECT", new String[] {"-", "-", "1"}, new String[] {"1", "-", "2"}}}) {
      Models.Model table = Models.twoRuleTable((String) passes[0], (String[]) passes[1], (String[]) passes[2]);
      assertThat(inspector.references(table.name(), table.bytes()).overlappingRules())
          .as(passes[0] + " " + String.join(" | ", (String[]) passes[1]) + " / " + String.join(" | ", (String[]) passes[2]))
          .isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedModels")
  void codeInAModelIsRefusedWithItsPlace(String what, Models.Model model, String reason) {
    List<ModelViolation> violations = inspector.inspect(model.name(), model.bytes());

    assertThat(violations).as(what).isNotEmpty();
    assertThat(violations).extracting(ModelViolation::message).anyMatch(message -> message.contains(reason));
    assertThat(violations).allSatisfy(v -> {
      assertThat(v.resource()).isEqualTo(model.name());
      assertThat(v.line()).isPositive();
      assertThat(v.column()).isPositive();
      assertThat(v.elementId()).isNotBlank();
    });
  }

  @Test
  void readingComparingComputingAndNamingBeansIsAllowed() {
    for (String expression : List.of("${approval == 'yes'}", "${count + 1 > limit * 2 && !blocked}",
        "${major ? 'ecab' : 'cab'}", "${record.priority <= 2}", "${items['first'] != null}", "${list[0] == 1}",
        "${empty reviewer or reviewer eq 'x'}", "${problemDetectionSchedule.cycle}")) {
      Models.Model model = Models.condition(expression);
      assertThat(inspector.inspect(model.name(), model.bytes())).as(expression).isEmpty();
    }
    Models.Model delegate = Models.serviceTask("camunda:delegateExpression=\"${recordIncident}\"");
    assertThat(inspector.inspect(delegate.name(), delegate.bytes())).isEmpty();
    Models.Model taskListener = Models.taskListener("delegateExpression=\"${recordIncident}\"");
    assertThat(inspector.inspect(taskListener.name(), taskListener.bytes())).isEmpty();
  }

  @Test
  void aDelegateBeanIsNamedNotReadAndAHelperOnlyRead() {
    Models.Model readDelegate = Models.condition("${recordIncident.name != null}");
    assertThat(inspector.inspect(readDelegate.name(), readDelegate.bytes()))
        .extracting(ModelViolation::message).anyMatch(m -> m.contains("may only be named"));
  }

  @Test
  void onlyModelsAreDeployed() {
    assertThat(inspector.inspect("x.groovy", "println 1".getBytes(StandardCharsets.UTF_8)))
        .extracting(ModelViolation::message).containsExactly(
            "only BPMN (.bpmn), DMN (.dmn) and Camunda Forms (.form) are deployed");
    assertThat(inspector.inspect("forms/a.form", "{}".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void externalEntitiesAreNotRead() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</definitions>";
    assertThat(inspector.inspect("x.bpmn", xxe.getBytes(StandardCharsets.UTF_8)))
        .extracting(ModelViolation::message).anyMatch(m -> m.startsWith("not well-formed XML"));
  }

  static Stream<Path> shippedModels() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).toList().stream();
    }
  }

  /** The same rules in CI on processes/ (with the application's real beans: ModelGuardTest). */
  @ParameterizedTest
  @MethodSource("shippedModels")
  void everyShippedModelPasses(Path file) throws IOException {
    assertThat(inspector.inspect(file.toString(), Files.readAllBytes(file))).isEmpty();
    assertThat(inspector.references(file.toString(), Files.readAllBytes(file)).overlappingRules()).isEmpty();
  }
}
