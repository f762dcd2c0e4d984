package org.itsmflow.record;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who may read a work log entry: staff only, or the requester too. */
public enum Visibility {
  INTERNAL,
  PUBLIC;

  /** As a process variable holds it: public, or else internal. */
  public static Visibility of(Object value) {
    return PUBLIC.id().equals(value) ? PUBLIC : INTERNAL;
  }

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
