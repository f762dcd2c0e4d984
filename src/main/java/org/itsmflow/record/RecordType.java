package org.itsmflow.record;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The seven record types: the prefix of their numbers (INC-000042), where the API serves them
 * and the statuses that end a record's life. The record's process names its work-note message after the type
 * ({@code IncidentWorkNoteAdded}).
 */
public enum RecordType {
  INCIDENT("INC", "Incident", "incidents", "CLOSED"),
  PROBLEM("PRB", "Problem", "problems", "CLOSED", "REJECTED"),
  CHANGE("CHG", "Change", "changes", "CLOSED", "WITHDRAWN"),
  RELEASE("REL", "Release", "releases", "CLOSED", "CANCELLED"),
  REQUEST("REQ", "Service request", "requests", "CLOSED", "REJECTED", "CANCELLED", "WITHDRAWN"),
  IMPROVEMENT("IMP", "Improvement", "improvements", "ACHIEVED", "CLOSED", "REJECTED"),
  NONCONFORMITY("NC", "Nonconformity", "nonconformities", "CLOSED");

  private final String prefix;
  private final String label;
  private final String path;
  private final Set<String> ended;

  RecordType(String prefix, String label, String path, String... ended) {
    this.prefix = prefix;
    this.label = label;
    this.path = path;
    this.ended = Set.of(ended);
  }

  /** The record type of a number by its prefix, if it has one of ours. */
  public static Optional<RecordType> ofNumber(String number) {
    if (number == null) {
      return Optional.empty();
    }
    for (RecordType type : values()) {
      if (number.startsWith(type.prefix + "-")) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** As the API and the work log name it, e.g. {@code nonconformity}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String prefix() {
    return prefix;
  }

  /** For people, e.g. "Service request". */
  public String label() {
    return label;
  }

  /** The table that holds the records of this type: {@code itsm_} and the type's id. */
  String table() {
    return "itsm_" + id();
  }

  /**
   * Whether a record of this type in this (stored) status has ended its life: the status enums
   * of the process packages answer {@code isEnded()} from here, so that the kernel and the type agree.
   */
  public boolean isEnded(String storedStatus) {
    return ended.contains(storedStatus);
  }

  /** Where its records are listed, in the API ({@code /api/problems}) and the workspace ({@code /problems}). */
  public String path() {
    return path;
  }

  /** The stored statuses in which a record of this type has ended its life. */
  Set<String> endedStatuses() {
    return Set.copyOf(ended);
  }

  /** The record's API resource, e.g. {@code /api/requests/REQ-000001}. */
  public String apiPath(String number) {
    return "/api/" + path + "/" + number;
  }

  /** The message the record's process takes a work note with. */
  public String workNoteMessage() {
    return label.replace("Service request", "Request") + "WorkNoteAdded";
  }
}
