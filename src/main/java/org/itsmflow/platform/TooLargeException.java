package org.itsmflow.platform;

/** Input larger than we take (an attachment over the size limit): answered with 413 naming the field. */
public class TooLargeException extends InvalidFieldException {

  public TooLargeException(String field, String message) {
    super(field, message);
  }
}
