package org.itsmflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itsmflow.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** A completion by form, checked against the form alone (no Spring, no engine). */
class FormSubmissionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FormSubmission form = FormSubmission.of(json("""
      {"id": "check", "components": [
        {"type": "textfield", "key": "recordNumber", "disabled": true},
        {"type": "radio", "key": "outcome", "validate": {"required": true},
         "values": [{"label": "Resolve", "value": "resolve"}, {"label": "Escalate", "value": "escalate"}]},
        {"type": "textarea", "key": "resolution", "validate": {"required": true, "maxLength": 10},
         "conditional": {"hide": "=outcome != \\"resolve\\""}},
        {"type": "group", "components": [
          {"type": "number", "key": "impact", "validate": {"min": 1, "max": 3}},
          {"type": "checkbox", "key": "major"},
          {"type": "textfield", "key": "ci", "validate": {"pattern": "CI-\\\\d{6}"}}]}]}
      """));

  @Test
  void theFormsFieldsPassAndAnUnchangedShownFieldIsLeftOut() {
    Map<String, JsonNode> accepted = form.check(variables("""
        {"recordNumber": {"value": "INC-000001"}, "outcome": {"value": "resolve", "type": "String"},
         "resolution": {"value": "Fixed"}, "impact": {"value": 2, "type": "Integer"}, "major": {"value": true},
         "ci": {"value": "CI-000042"}}
        """), name -> "INC-000001");

    assertThat(accepted).containsOnlyKeys("outcome", "resolution", "impact", "major", "ci");
  }

  @Test
  void everythingElseIsRefusedNamingTheVariable() {
    assertRefused("{\"outcome\": {\"value\": \"resolve\"}, \"slaPaused\": {\"value\": true}}", "variables.slaPaused",
        "not a field of the form check");
    assertRefused("{\"outcome\": {\"value\": \"resolve\"}, \"recordNumber\": {\"value\": \"INC-000002\"}}",
        "variables.recordNumber", "the form shows it");
    assertRefused("{\"outcome\": {\"value\": \"close\"}}", "variables.outcome", "one of resolve, escalate");
    assertRefused("{}", "variables.outcome", "required by the form check");
    assertRefused("{\"outcome\": {\"value\": \"resolve\"}, \"impact\": {\"value\": 4}}", "variables.impact", "at most 3");
    assertRefused("{\"outcome\": {\"value\": \"resolve\"}, \"impact\": {\"value\": \"2\"}}", "variables.impact", "a number");
    assertRefused("{\"outcome\": {\"value\": \"resolve\"}, \"major\": {\"value\": \"yes\"}}", "variables.major",
        "true or false");
    assertRefused("{\"outcome\": {\"value\": \"resolve\"}, \"resolution\": {\"value\": \"far too long\"}}",
        "variables.resolution", "at most 10 characters");
    assertRefused("{\"outcome\": {\"value\": \"resolve\"}, \"ci\": {\"value\": \"laptop\"}}", "variables.ci", "pattern");
    // The API's text rule holds at the Tasklist door too: no control characters or direction overrides.
    assertRefused("{\"outcome\": {\"value\": \"resolve\"}, \"resolution\": {\"value\": \"ok\\u202Eko\"}}",
        "variables.resolution", "contains the control character U+202E at position 3");
    assertRefused("{\"outcome\": {\"value\": \"resolve\", \"type\": \"Object\"}}", "variables.outcome",
        "type Object is not accepted");
    assertRefused("{\"outcome\": {\"value\": \"resolve\", \"type\": \"Json\"}}", "variables.outcome",
        "type Json is not accepted");
  }

  @Test
  void aStepWithoutAFormSetsNothing() {
    assertThatThrownBy(() -> FormSubmission.none().check(variables("{\"x\": {\"value\": 1}}"), name -> null))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("has no form");
  }

  private void assertRefused(String variables, String field, String message) {
    assertThatThrownBy(() -> form.check(variables(variables), name -> "INC-000001"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo(field));
  }

  private static Map<String, JsonNode> variables(String json) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    json(json).fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
