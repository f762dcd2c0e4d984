package org.itsmflow.record;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.itsmflow.record.RecordDetails.Detail;
import org.itsmflow.workspace.Labels;

/**
 * Every field of a record type's Java record as a page shows it: "plannedStart" reads "Planned
 * start", a status "in-review" reads "In review", true reads "yes". What every page shows anyway
 * (number, title, status, process instance) is left out; a type names the labels words cannot make.
 */
public final class Fieldwise {

  private static final Set<String> SHOWN_ELSEWHERE = Set.of("number", "title", "status", "processInstanceId");

  private Fieldwise() {}

  public static List<Detail> of(Record record, Map<String, String> labels) {
    List<Detail> details = new ArrayList<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      String name = component.getName();
      if (SHOWN_ELSEWHERE.contains(name)) {
        continue;
      }
      try {
        Object value = component.getAccessor().invoke(record);
        details.add(new Detail(labels.getOrDefault(name, Labels.label(name)), shown(value)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
      }
    }
    return details;
  }

  private static Object shown(Object value) {
    if (value == null || value instanceof Instant || value instanceof Number) {
      return value;
    }
    if (value instanceof Boolean yes) {
      return yes ? "yes" : "no";
    }
    if (value instanceof RecordStatus status) {
      return readable(status.id());
    }
    if (value instanceof Enum<?> constant) {
      return readable(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    if (value instanceof Collection<?> values) {
      return values.isEmpty() ? null : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  /** "in-review" reads "In review". */
  public static String readable(String id) {
    String words = id.replace('-', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
