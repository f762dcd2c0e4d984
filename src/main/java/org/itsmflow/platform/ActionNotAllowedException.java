package org.itsmflow.platform;

/** An action the record's current status does not allow: answered with 409 naming the status. */
public class ActionNotAllowedException extends RuntimeException {

  private final String status;

  public ActionNotAllowedException(String record, String status, String action) {
    super(record + " is " + status + ": cannot " + action);
    this.status = status;
  }

  public String status() {
    return status;
  }
}
