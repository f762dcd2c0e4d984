package org.itsmflow.deployment;

import java.util.List;

/** A model the engine cannot deploy; nothing of the request was deployed. */
public class InvalidModelException extends RuntimeException {

  /** One problem the parser found, located as precisely as the parser says. */
  public record Problem(String resource, String message, Integer line, Integer column, List<String> elementIds) {}

  private final transient List<Problem> problems;

  public InvalidModelException(String resource, String message) {
    this(List.of(new Problem(resource, message, null, null, List.of())));
  }

  public InvalidModelException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    StringBuilder text = new StringBuilder();
    for (Problem p : problems) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(p.resource());
      if (p.line() != null) {
        text.append(" line ").append(p.line());
      }
      if (p.elementIds() != null && !p.elementIds().isEmpty()) {
        text.append(" element ").append(String.join(", ", p.elementIds()));
      }
      text.append(": ").append(p.message());
    }
    return text.toString();
  }
}
