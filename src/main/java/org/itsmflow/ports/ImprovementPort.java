package org.itsmflow.ports;

/**
 * The improvement register as other packages feed it (ISO 20000 10.2): an opportunity found
 * elsewhere (a management review) enters the register and its evaluation starts, as if suggested
 * through the API.
 */
public interface ImprovementPort {

  /**
   * Registers the opportunity with its source (one of the register's sources, e.g.
   * {@code management-review}) and the reference of what it came from; the new improvement's number.
   */
  String register(String title, String description, String source, String sourceReference);

  /** The improvement's status as the API writes it ({@code proposed}, ..., {@code closed}); null for none. */
  String status(String number);
}
