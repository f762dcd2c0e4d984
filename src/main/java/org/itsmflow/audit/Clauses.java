package org.itsmflow.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clauses of ISO/IEC 20000-1 that software can carry, as {@code audit/iso20000-clauses.tsv}
 * words them, and whether ITSM Flow carries each: by its process models, by its code, or not.
 * Read by the audit programme, the traceability page and the build's traceability report.
 */
public final class Clauses {

  /** How ITSM Flow carries a clause. */
  public enum Carried {
    /** Process models (BPMN/DMN elements name the clause) and the tests that prove them. */
    MODEL,
    /** The application's records, API and pages, proven by tests. */
    CODE,
    /** Not carried; the requirement's text says why. */
    NO
  }

  public record Clause(String number, Carried carried, String title, String requirement) {

    public boolean claimed() {
      return carried != Carried.NO;
    }
  }

  private static final List<Clause> ALL = load();

  private Clauses() {}

  /** Every clause, in the standard's order. */
  public static List<Clause> all() {
    return ALL;
  }

  public static Optional<Clause> find(String number) {
    return ALL.stream().filter(c -> c.number().equals(number)).findFirst();
  }

  private static List<Clause> load() {
    try (InputStream in = Clauses.class.getResourceAsStream("/audit/iso20000-clauses.tsv")) {
      if (in == null) {
        throw new IllegalStateException("audit/iso20000-clauses.tsv is missing from the classpath");
      }
      List<Clause> clauses = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 4) {
          throw new IllegalStateException("audit/iso20000-clauses.tsv: four tab-separated cells expected in: " + line);
        }
        clauses.add(new Clause(cells[0].trim(), Carried.valueOf(cells[1].trim().toUpperCase(java.util.Locale.ROOT)),
            cells[2].trim(), cells[3].trim()));
      }
      return List.copyOf(clauses);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
