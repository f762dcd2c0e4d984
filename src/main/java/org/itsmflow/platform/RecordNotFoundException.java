package org.itsmflow.platform;

/** A record that does not exist: answered with 404. */
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException(String recordType, String id) {
    super(recordType + " '" + id + "' does not exist");
  }
}
