package org.itsmflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The decision tables of {@code processes/*.dmn}, evaluated by a bare DMN engine: rule tests run
 * in milliseconds, without Spring or a process engine. The files are the ones the application
 * deploys; its FEEL is the engine's default (Scala FEEL), as here.
 */
public final class DecisionTables {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final Map<String, DmnDecision> DECISIONS = load();

  private DecisionTables() {}

  public static DmnDecisionTableResult evaluate(String key, Map<String, Object> variables) {
    DmnDecision decision = DECISIONS.get(key);
    if (decision == null) {
      throw new IllegalArgumentException("No decision " + key + " in processes/*.dmn; there are " + DECISIONS.keySet());
    }
    return ENGINE.evaluateDecisionTable(decision, variables);
  }

  private static Map<String, DmnDecision> load() {
    Map<String, DmnDecision> decisions = new HashMap<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          ENGINE.parseDecisions(in).forEach(d -> decisions.put(d.getKey(), d));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return decisions;
  }
}
