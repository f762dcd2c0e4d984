package org.itsmflow.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment holds something a model may not contain. A {@link ParseException}, so every door
 * reports it as the engine reports a broken model: the engine REST API (Camunda Modeler, Cockpit)
 * answers 400 with each resource's problems, our API 400 with the same (ApiExceptionHandler).
 */
public class ModelNotAllowedException extends ParseException {

  private final transient List<ResourceReport> reports;

  ModelNotAllowedException(List<ModelViolation> violations) {
    super(describe(violations), violations.get(0).resource(), List.copyOf(violations), List.of());
    Map<String, List<Problem>> byResource = new LinkedHashMap<>();
    violations.forEach(v -> byResource.computeIfAbsent(v.resource(), r -> new ArrayList<>()).add(v));
    this.reports = byResource.entrySet().stream()
        .map(e -> (ResourceReport) new Report(e.getKey(), List.copyOf(e.getValue()))).toList();
  }

  @Override
  public List<ResourceReport> getResorceReports() {
    return reports;
  }

  private record Report(String resource, List<Problem> errors) implements ResourceReport {

    @Override
    public String getResourceName() {
      return resource;
    }

    @Override
    public List<Problem> getErrors() {
      return errors;
    }

    @Override
    public List<Problem> getWarnings() {
      return List.of();
    }
  }

  private static String describe(List<ModelViolation> violations) {
    StringBuilder text = new StringBuilder("The deployment was refused, nothing of it went live: ");
    for (ModelViolation v : violations) {
      text.append(v.resource());
      if (v.line() > 0) {
        text.append(" line ").append(v.line()).append(" column ").append(v.column());
      }
      if (v.elementId() != null) {
        text.append(" element ").append(v.elementId());
      }
      text.append(": ").append(v.message()).append("; ");
    }
    return text.substring(0, text.length() - 2);
  }
}
