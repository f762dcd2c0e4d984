package org.itsmflow.platform;

/** A record other records still refer to, so it cannot be deleted: answered with 409. */
public class RecordInUseException extends RuntimeException {

  public RecordInUseException(String message) {
    super(message);
  }
}
