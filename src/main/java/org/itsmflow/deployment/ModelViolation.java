package org.itsmflow.deployment;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/**
 * Something a deployed model may not contain, where it stands. It is an engine {@link Problem}
 * so the engine REST API reports it like a parse error (resource, line, column, element).
 */
record ModelViolation(String resource, String message, int line, int column, String elementId) implements Problem {

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public String getMainElementId() {
    return elementId;
  }

  @Override
  public List<String> getElementIds() {
    return elementId == null ? List.of() : List.of(elementId);
  }
}
