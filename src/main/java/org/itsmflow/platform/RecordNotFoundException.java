package org.itsmflow.platform;

/** A record that does not exist: answered with 404, naming the input field that referred to it. */
public class RecordNotFoundException extends RuntimeException {

  private final String field;

  public RecordNotFoundException(String recordType, String id) {
    this(recordType, id, null);
  }

  public RecordNotFoundException(String recordType, String id, String field) {
    super((field == null ? "" : field + ": ") + recordType + " '" + id + "' does not exist");
    this.field = field;
  }

  /** The input field that named the missing record, or null when it was the path. */
  public String field() {
    return field;
  }
}
