package org.itsmflow.record;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What each record type's process keeps as variables ({@link FlowVariables}) and what its forms
 * read from the record ({@link RecordFormFields}): asked by every door that hands a process input
 * (our API through {@link RecordProcess}, Tasklist and engine REST through the engine guard) and
 * by the forms' variables.
 */
@Component
public class RecordVariables {

  private final Map<RecordType, Set<String>> flows = new EnumMap<>(RecordType.class);
  // Looked up when asked: the form fields read records through ports whose services act on
  // processes through RecordProcess, which needs this bean first.
  private final ObjectProvider<RecordFormFields> forms;

  RecordVariables(List<FlowVariables> flows, ObjectProvider<RecordFormFields> forms) {
    flows.forEach(flow -> this.flows.put(flow.type(), flow.names()));
    this.forms = forms;
  }

  /**
   * Whether the process of the record with this number keeps a step's input of this name as a
   * variable; otherwise it is passed as a transient value. A type without FlowVariables keeps all.
   */
  public boolean keeps(String number, String name) {
    Set<String> kept = number == null ? null : RecordType.ofNumber(number).map(flows::get).orElse(null);
    return kept == null || kept.contains(name);
  }

  /** The record's fields for its forms, read now; empty for a number of no type with form fields. */
  public Map<String, Object> formFields(String number) {
    RecordType type = number == null ? null : RecordType.ofNumber(number).orElse(null);
    return forms.stream().filter(form -> form.type() == type).findFirst().map(form -> form.of(number))
        .orElse(Map.of());
  }
}
