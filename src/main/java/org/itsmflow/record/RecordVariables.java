package org.itsmflow.record;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What each record type's process keeps as variables and what its forms read from the record
 * ({@link RecordProcessVariables}): asked by every door that hands a process input
 * (our API through {@link RecordProcess}, Tasklist and engine REST through the engine guard) and
 * by the forms' variables.
 */
@Component
public class RecordVariables {

  // Looked up when asked: they read records through ports whose services act on processes
  // through RecordProcess, which needs this bean first.
  private final ObjectProvider<RecordProcessVariables> types;
  private volatile Map<RecordType, RecordProcessVariables> byType;

  RecordVariables(ObjectProvider<RecordProcessVariables> types) {
    this.types = types;
  }

  /**
   * Whether the process of the record with this number keeps a step's input of this name as a
   * variable; otherwise it is passed as a transient value. A type without RecordProcessVariables
   * keeps all.
   */
  public boolean keeps(String number, String name) {
    RecordProcessVariables type = of(number);
    return type == null || type.flow().contains(name);
  }

  /** The record's fields for its forms, read now; empty for a number of no type with form fields. */
  public Map<String, Object> formFields(String number) {
    RecordProcessVariables type = of(number);
    return type == null ? Map.of() : type.formFields(number);
  }

  private RecordProcessVariables of(String number) {
    if (byType == null) {
      Map<RecordType, RecordProcessVariables> found = new EnumMap<>(RecordType.class);
      types.forEach(type -> found.put(type.type(), type));
      byType = found;
    }
    return number == null ? null : RecordType.ofNumber(number).map(byType::get).orElse(null);
  }
}
