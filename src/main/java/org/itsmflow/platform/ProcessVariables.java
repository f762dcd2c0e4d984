package org.itsmflow.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Reading process variables that came from a Tasklist form or the REST API: forms send text
 * where the API sends numbers, booleans and dates. A value that cannot be read is a 400
 * naming the variable.
 */
public final class ProcessVariables {

  private static final DateTimeFormatter TASKLIST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XX");

  /**
   * The engine keeps a string variable in a 4,000-character column: a longer one fails the
   * whole transaction (and with it the request or the job that wrote it).
   */
  public static final int MAX_TEXT = 4000;
  private static final int ROOM_FOR_MORE = 40;

  private ProcessVariables() {}

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  public static Integer integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return value instanceof Number n ? n.intValue() : Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(name, "a whole number");
    }
  }

  public static Boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString().trim());
  }

  /** A Date (API) or an ISO-8601 text with offset (Tasklist's date-time field). */
  public static Instant instant(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = value.toString().trim();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        // How Tasklist shows a date variable in a text field: 2026-12-01T22:00:00.000+0000
        return OffsetDateTime.parse(text, TASKLIST_DATE).toInstant();
      } catch (DateTimeParseException notEither) {
        throw new InvalidFieldException(name, "a date and time with offset, e.g. 2026-12-01T22:00:00Z");
      }
    }
  }

  public static void instant(VariableScope scope, String name, Instant value) {
    scope.setVariable(name, value == null ? null : Date.from(value));
  }

  /**
   * A date the flow waits for, written only when it changes, with the due date of the tasks
   * ({@code due}) moved along.
   */
  public static void deadline(VariableScope scope, String name, Instant value, String due) {
    if (!Objects.equals(value, instant(scope, name))) {
      instant(scope, name, value);
      instant(scope, due, value);
    }
  }

  /**
   * Sets the variable only when its value changes: a step that refreshes the flow's copies of the
   * record mostly changes none, and an unchanged value then writes no history.
   */
  public static void keep(VariableScope scope, String name, Object value) {
    Object stored = value instanceof Instant instant ? Date.from(instant) : value;
    if (!Objects.equals(scope.getVariable(name), stored)) {
      scope.setVariable(name, stored);
    }
  }

  /**
   * A list: as {@link #listValue} writes it (API, detection), or comma- or space-separated as a
   * form's text field holds it.
   */
  public static List<String> list(VariableScope scope, String name) {
    if (scope.getVariable(name) instanceof Collection<?> values) {
      return values.stream().filter(v -> v != null && !v.toString().isBlank()).map(v -> v.toString().trim()).toList();
    }
    String text = text(scope, name);
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  /**
   * Sets a step's input the flow does not keep as a transient value, unless a variable of that
   * name is already stored (Tasklist's start form and engine REST hand in stored values): the
   * engine cannot turn a stored variable transient in the command that holds it.
   *
   * @param value the value's kind ({@code Variables::integerValue}, {@code Variables::stringValue}, ...)
   */
  public static <T> void input(VariableScope scope, String name, T value, BiFunction<T, Boolean, TypedValue> kind) {
    TypedValue present = scope.getVariableTyped(name, false);
    boolean stored = present != null && !present.isTransient();
    scope.setVariable(name, kind.apply(value, !stored));
  }

  /**
   * A list of any length as one variable: comma-separated text while it fits (as forms show and
   * edit it, e.g. a release's changes when it is replanned), JSON beyond {@link #MAX_TEXT}.
   */
  public static TypedValue listValue(List<String> values) {
    return listValue(values, false);
  }

  /** As {@link #listValue(List)}; transient: for the step that reads it in this transaction only. */
  public static TypedValue listValue(List<String> values, boolean isTransient) {
    String text = String.join(",", values);
    if (text.length() <= MAX_TEXT) {
      return Variables.stringValue(text, isTransient);
    }
    return Variables.objectValue(new ArrayList<>(values), isTransient)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
  }

  /**
   * Lines for a form to show, as many as fit into one string variable, then how many more there
   * are; a single line too long for it is cut. The record behind it keeps them all.
   */
  public static String shown(List<String> lines, String separator) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String before = i == 0 ? "" : separator;
      String line = lines.get(i);
      int room = MAX_TEXT - ROOM_FOR_MORE - text.length() - before.length();
      if (line.length() <= room) {
        text.append(before).append(line);
        continue;
      }
      int shownLines = i;
      if (i == 0) {
        text.append(line, 0, room).append('…');
        shownLines = 1;
      }
      if (shownLines < lines.size()) {
        text.append(separator).append("… and ").append(lines.size() - shownLines).append(" more");
      }
      return text.toString();
    }
    return text.toString();
  }
}
