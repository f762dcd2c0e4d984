package org.itsmflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;

/**
 * What a task completion or a process start through the engine's doors (Tasklist, engine REST)
 * may set: the fields of its Camunda Form, each as the form declares it (type, listed values,
 * required, length, range, pattern). Fields the form only shows (disabled) are not set by it.
 * Pure logic: the form and the current values come from outside.
 */
final class FormSubmission {

  // The variable types a form field produces; Object (Java or JSON serialized), Json, Xml, File
  // and Bytes never come from a form.
  private static final Set<String> VALUE_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
      "date", "null");

  private record Field(String key, String type, boolean required, boolean shownOnly, List<String> values,
      JsonNode validate) {}

  private final String formId;
  private final Map<String, Field> fields = new LinkedHashMap<>();

  private FormSubmission(String formId) {
    this.formId = formId;
  }

  /** The rules of a Camunda Form (its JSON). */
  static FormSubmission of(JsonNode form) {
    FormSubmission rules = new FormSubmission(form.path("id").asText("form"));
    rules.collect(form.path("components"));
    return rules;
  }

  /** A task or start event without a form sets nothing. */
  static FormSubmission none() {
    return new FormSubmission(null);
  }

  private void collect(JsonNode components) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        List<String> values = new ArrayList<>();
        component.path("values").forEach(v -> values.add(v.path("value").asText()));
        JsonNode validate = component.path("validate");
        boolean conditional = component.has("conditional");
        fields.put(component.path("key").asText(), new Field(component.path("key").asText(),
            component.path("type").asText(), validate.path("required").asBoolean(false) && !conditional,
            component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false), values,
            validate));
      }
      collect(component.path("components"));
    }
  }

  /**
   * The submitted variables ({@code name -> {"value": ..., "type": ...}}) that the form sets;
   * a shown-only field submitted unchanged is left out. Throws 400 naming the variable.
   */
  Map<String, JsonNode> check(Map<String, JsonNode> submitted, Function<String, Object> current) {
    Map<String, JsonNode> accepted = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : submitted.entrySet()) {
      String name = entry.getKey();
      String where = "variables." + name;
      Field field = fields.get(name);
      if (field == null) {
        throw new InvalidFieldException(where, formId == null ? "this step has no form, so it sets no variables"
            : "not a field of the form " + formId + "; its fields are " + String.join(", ", settable()));
      }
      JsonNode variable = entry.getValue();
      String type = variable.path("type").asText("").toLowerCase();
      if (!type.isEmpty() && !VALUE_TYPES.contains(type)) {
        throw new InvalidFieldException(where, "type " + variable.path("type").asText()
            + " is not accepted; a form field is text, a number, a date or true/false");
      }
      JsonNode value = variable.path("value");
      if (field.shownOnly()) {
        if (!value.isNull() && !value.isMissingNode() && !sameAs(value, current.apply(name))) {
          throw new InvalidFieldException(where, "the form shows it; it is not changed by completing the task");
        }
        continue;
      }
      checkValue(field, where, value);
      accepted.put(name, variable);
    }
    for (Field field : fields.values()) {
      if (field.required() && !field.shownOnly() && !submitted.containsKey(field.key())) {
        throw new InvalidFieldException("variables." + field.key(), "required by the form " + formId);
      }
    }
    return accepted;
  }

  private List<String> settable() {
    return fields.values().stream().filter(f -> !f.shownOnly()).map(Field::key).toList();
  }

  private static void checkValue(Field field, String where, JsonNode value) {
    boolean empty = value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank());
    if (empty) {
      if (field.required()) {
        throw new InvalidFieldException(where, "required");
      }
      return;
    }
    switch (field.type()) {
      case "number" -> checkNumber(field, where, value);
      case "checkbox" -> {
        if (!value.isBoolean()) {
          throw new InvalidFieldException(where, "true or false");
        }
      }
      case "select", "radio" -> {
        if (!value.isTextual() || !field.values().contains(value.asText())) {
          throw new InvalidFieldException(where, "one of " + String.join(", ", field.values()));
        }
      }
      default -> checkText(field, where, value);
    }
  }

  private static void checkNumber(Field field, String where, JsonNode value) {
    if (!value.isNumber()) {
      throw new InvalidFieldException(where, "a number");
    }
    JsonNode validate = field.validate();
    if (validate.has("min") && value.asDouble() < validate.path("min").asDouble()) {
      throw new InvalidFieldException(where, "at least " + validate.path("min").asText());
    }
    if (validate.has("max") && value.asDouble() > validate.path("max").asDouble()) {
      throw new InvalidFieldException(where, "at most " + validate.path("max").asText());
    }
  }

  private static void checkText(Field field, String where, JsonNode value) {
    if (!value.isTextual()) {
      throw new InvalidFieldException(where, "text");
    }
    String text = value.asText();
    JsonNode validate = field.validate();
    // The API's text rule (length, no control characters or direction overrides), in the same words.
    String problem = Fields.textProblem(text, validate.has("maxLength") ? validate.path("maxLength").asInt()
        : Integer.MAX_VALUE);
    if (problem != null) {
      throw new InvalidFieldException(where, problem);
    }
    if (validate.has("minLength") && text.length() < validate.path("minLength").asInt()) {
      throw new InvalidFieldException(where, "at least " + validate.path("minLength").asInt() + " characters");
    }
    if (validate.hasNonNull("pattern")) {
      try {
        if (!Pattern.compile(validate.path("pattern").asText()).matcher(text).matches()) {
          throw new InvalidFieldException(where, "does not match the form's pattern " + validate.path("pattern").asText());
        }
      } catch (PatternSyntaxException e) {
        // form-js evaluates the pattern in the browser (JavaScript); one Java cannot read is left to it.
      }
    }
  }

  private static boolean sameAs(JsonNode value, Object current) {
    if (current == null) {
      return false;
    }
    if (value.isNumber() && current instanceof Number number) {
      return value.asDouble() == number.doubleValue();
    }
    return Objects.equals(value.asText(), String.valueOf(current));
  }
}
