package org.itsmflow.platform.feel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.feel.FeelEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Parsing once changes no result: each expression gives what Camunda's own FEEL engine gives, every time. */
class ParsedOnceFeelEngineTest {

  private static final String INPUT = "cellInput";

  private final ScalaFeelEngine camunda = new ScalaFeelEngine(List.of());
  private final ParsedOnceScalaFeelEngine parsedOnce = new ParsedOnceScalaFeelEngine(List.of());

  @ParameterizedTest(name = "{0} against {1}")
  @CsvSource(delimiter = '|', nullValues = "NIL", value = {
      "1 | 1", "1 | 2", "[1..3] | 2", "[1..3] | 4", ">= 10 | 12", "< 10 | 12", "1,2 | 2", "not(1,2) | 2",
      "\"EMAIL\" | EMAIL", "\"EMAIL\",\"PAYROLL\" | HR-PORTAL", "null | NIL", "null | EMAIL",
      "true | true", "false | true", "- | 3", "? > impact | 3", "\"\" | 3"})
  void unaryTestsGiveCamundasResultEachTime(String test, String input) {
    Object value = input == null ? null : input.matches("\\d+") ? Integer.valueOf(input)
        : input.matches("true|false") ? Boolean.valueOf(input) : input;
    VariableMap context = Variables.createVariables().putValue(INPUT, value).putValue("impact", 2);

    boolean expected = camunda.evaluateSimpleUnaryTests(test, INPUT, context.asVariableContext());
    for (int i = 0; i < 3; i++) {
      assertThat(parsedOnce.evaluateSimpleUnaryTests(test, INPUT, context.asVariableContext()))
          .as("%s against %s, evaluation %d", test, input, i + 1).isEqualTo(expected);
    }
  }

  @Test
  void expressionsGiveCamundasResultEachTime() {
    VariableMap context = Variables.createVariables().putValue("impact", 2).putValue("urgency", 3)
        .putValue("service", "EMAIL").putValue("since", new Date(0));
    for (String expression : List.of("impact * urgency", "if impact < urgency then \"high\" else \"low\"",
        "service = \"EMAIL\"", "string length(service)", "impact + missing", "[impact, urgency]")) {
      Object expected = camunda.evaluateSimpleExpression(expression, context.asVariableContext());
      for (int i = 0; i < 3; i++) {
        Object actual = parsedOnce.evaluateSimpleExpression(expression, context.asVariableContext());
        assertThat(actual).as(expression).isEqualTo(expected);
      }
    }
  }

  /**
   * The function table built once: every outcome, failure message included, as FEEL's own
   * evaluation gives it, again and again (a failure of one evaluation never reaches the next).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"impact * urgency", "impact + missing", "string length(service)", "string length(42)",
      "assert(impact, impact > 5)", "assert(impact, impact > 1, \"impact too low\")", "date(\"not a date\")",
      "today() = today()", "now() > date and time(\"2020-01-01T00:00:00@UTC\")", "1 / 0", "upper case(service)",
      "function(a, b) external {java: {class: \"java.lang.Math\", method signature: \"max(int, int)\"}}",
      "[1, 2, 3][item > impact]", "{a: impact}.a", "sum([impact, urgency])"})
  void evaluatesAsFeelItselfEveryTime(String expression) {
    FeelEngine feel = new FeelEngine(FeelEngine.defaultFunctionProvider(), FeelEngine.defaultValueMapper(),
        new FeelEngine.Configuration(false), FeelEngine.defaultClock());
    ParsedOnceFeelEngine ours = new ParsedOnceFeelEngine(FeelEngine.defaultFunctionProvider(),
        FeelEngine.defaultValueMapper(), 10);
    Map<String, Object> variables = Map.of("impact", 2, "urgency", 3, "service", "email");

    String expected = String.valueOf(feel.evalExpression(expression, variables));
    for (int i = 0; i < 3; i++) {
      assertThat(String.valueOf(ours.evalExpression(expression, variables))).as("evaluation %d", i + 1)
          .isEqualTo(expected);
    }
    for (Object input : new Object[] {1, 2, "email"}) {
      Map<String, Object> cell = Map.of("inputVariableName", "cell", "cell", input, "impact", 2);
      assertThat(String.valueOf(ours.evalUnaryTests("> 1, \"email\", ? < impact", cell))).as("input %s", input)
          .isEqualTo(String.valueOf(feel.evalUnaryTests("> 1, \"email\", ? < impact", cell)));
    }
  }

  @Test
  void aTestThatDoesNotParseFailsEveryTimeAsInCamunda() {
    VariableMap context = Variables.createVariables().putValue(INPUT, 1);

    for (String broken : new String[] {"[1..", null}) {
      assertThatThrownBy(() -> camunda.evaluateSimpleUnaryTests(broken, INPUT, context.asVariableContext()))
          .isInstanceOf(FeelException.class);
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> parsedOnce.evaluateSimpleUnaryTests(broken, INPUT, context.asVariableContext()))
            .isInstanceOf(FeelException.class).hasMessageContaining("failed to parse expression '" + broken + "'");
      }
    }
  }

  @Test
  void eachTextIsParsedOnceAndTheCacheStopsGrowingAtItsCapacity() {
    ParsedOnceFeelEngine engine = new ParsedOnceFeelEngine(FeelEngine.defaultFunctionProvider(),
        FeelEngine.defaultValueMapper(), 3);

    assertThat(engine.parseUnaryTests("[1..3]")).isSameAs(engine.parseUnaryTests("[1..3]"));
    assertThat(engine.parseExpression("impact * urgency")).isSameAs(engine.parseExpression("impact * urgency"));
    for (int i = 0; i < 10; i++) {
      engine.parseUnaryTests("> " + i);
    }
    assertThat(engine.cachedTexts()).isEqualTo(4);
    assertThat(engine.parseUnaryTests("> 9")).isNotSameAs(engine.parseUnaryTests("> 9"));
    assertThat(engine.eval(engine.parseUnaryTests("> 9").toOption().get(), Map.of("inputValue", 10)).isRight())
        .isTrue();
  }
}
