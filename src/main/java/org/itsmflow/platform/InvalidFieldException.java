package org.itsmflow.platform;

/** Input that cannot be accepted: answered with 400 naming the field. */
public class InvalidFieldException extends RuntimeException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
