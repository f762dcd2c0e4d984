package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

/**
 * Lists in process variables: as text while they fit into a string variable, as JSON beyond;
 * lists shown on forms fit into one, saying how many lines did not. Deadlines written once.
 */
class ProcessVariablesTest {

  @Test
  void aDeadlineAndTheTasksDueDateAreWrittenOnlyWhenTheDateChanges() {
    Map<String, Object> variables = new HashMap<>();
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1))).when(scope)
        .setVariable(anyString(), any());
    Instant review = Instant.parse("2026-12-16T09:00:00Z");

    ProcessVariables.deadline(scope, "reviewAt", review, "slaDueAt");
    ProcessVariables.deadline(scope, "reviewAt", review, "slaDueAt");

    assertThat(variables).containsEntry("reviewAt", Date.from(review)).containsEntry("slaDueAt", Date.from(review));
    verify(scope, times(2)).setVariable(anyString(), any());
  }

  @Test
  void aListIsTextWhileItFitsAndJsonBeyond() {
    assertThat(ProcessVariables.listValue(List.of("CHG-000001", "CHG-000002")))
        .isEqualTo(Variables.stringValue("CHG-000001,CHG-000002"));
    List<String> many = IntStream.range(0, 400).mapToObj(i -> "INC-%06d".formatted(i)).toList();

    TypedValue value = ProcessVariables.listValue(many);

    assertThat(value).isInstanceOf(ObjectValue.class);
    assertThat(((ObjectValue) value).getSerializationDataFormat()).isEqualTo("application/json");
    assertThat(value.getValue()).isEqualTo(many);
  }

  @Test
  void linesThatFitAreShownWhole() {
    assertThat(ProcessVariables.shown(List.of("INC-000001: Mail down", "INC-000002: Mail slow"), "\n"))
        .isEqualTo("INC-000001: Mail down\nINC-000002: Mail slow");
    assertThat(ProcessVariables.shown(List.of(), ", ")).isEmpty();
  }

  @Test
  void manyLinesAreCutAtTheVariableLimitAndCounted() {
    List<String> lines = IntStream.range(0, 500).mapToObj(i -> "INC-%06d (new): Storm incident".formatted(i)).toList();

    String shown = ProcessVariables.shown(lines, "\n");

    assertThat(shown).hasSizeLessThanOrEqualTo(ProcessVariables.MAX_TEXT).startsWith(lines.get(0));
    List<String> shownLines = List.of(shown.split("\n"));
    int whole = shownLines.size() - 1;
    assertThat(shownLines.subList(0, whole)).isEqualTo(lines.subList(0, whole));
    assertThat(shownLines.get(whole)).isEqualTo("… and " + (500 - whole) + " more");
  }

  @Test
  void aLineLongerThanTheLimitIsCut() {
    String workaround = "x".repeat(5000);

    assertThat(ProcessVariables.shown(List.of(workaround), "\n"))
        .hasSizeLessThanOrEqualTo(ProcessVariables.MAX_TEXT).endsWith("x…");
    assertThat(ProcessVariables.shown(List.of(workaround, "KE-000002: short", "KE-000003: short"), "\n"))
        .hasSizeLessThanOrEqualTo(ProcessVariables.MAX_TEXT).endsWith("x…\n… and 2 more");
  }
}
