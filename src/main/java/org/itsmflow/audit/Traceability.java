package org.itsmflow.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which clause of ISO/IEC 20000-1 ITSM Flow carries where: per clause the model elements that name
 * it and the tests that prove it with their result in the build, and what is missing. The build
 * writes it to docs/iso20000-traceability.md and fails on a missing part; the workspace shows it
 * with the models as deployed. Pure.
 */
public final class Traceability {

  /** A test that names a clause, and its result in the build: passed, failed, skipped or not run. */
  public record Proof(String clause, String testClass, String testName, String result) {

    public boolean passed() {
      return "passed".equals(result);
    }

    /** The test's class without its package, for people. */
    public String simpleClass() {
      return testClass.substring(testClass.lastIndexOf('.') + 1);
    }
  }

  /** One clause with what carries it. */
  public record Row(Clauses.Clause clause, List<ClauseTags.Tag> elements, List<Proof> tests, List<String> problems) {

    /** The clause as an HTML id: clause-8-6-1. */
    public String anchor() {
      return "clause-" + Traceability.anchor(clause.number());
    }

    /** The tests by their class, in the order of the tests. */
    public List<TestClass> testClasses() {
      java.util.Map<String, List<Proof>> byClass = new java.util.LinkedHashMap<>();
      tests.forEach(t -> byClass.computeIfAbsent(t.simpleClass(), c -> new ArrayList<>()).add(t));
      return byClass.entrySet().stream().map(e -> new TestClass(e.getKey(), e.getValue(),
          e.getValue().stream().filter(Proof::passed).count())).toList();
    }
  }

  /** A test class's tests of one clause, and how many of them passed. */
  public record TestClass(String name, List<Proof> tests, long passed) {}

  /** Where the build keeps the tests' results for the workspace page. */
  public static final String TESTS_RESOURCE = "/audit/iso20000-tests.tsv";

  private Traceability() {}

  /**
   * Every clause with its elements and tests; a clause ITSM Flow claims is a problem without a
   * passing test, or, when models carry it, without a model element; a tag or test naming a clause
   * the catalogue does not know is a problem of its own.
   */
  public static List<Row> rows(List<Clauses.Clause> clauses, List<ClauseTags.Tag> tags, List<Proof> proofs) {
    List<Row> rows = new ArrayList<>();
    for (Clauses.Clause clause : clauses) {
      List<ClauseTags.Tag> elements = tags.stream().filter(t -> t.clauses().contains(clause.number()))
          .sorted(Comparator.comparing(ClauseTags.Tag::file).thenComparing(ClauseTags.Tag::elementId)).toList();
      List<Proof> tests = proofs.stream().filter(p -> p.clause().equals(clause.number()))
          .sorted(Comparator.comparing(Proof::testClass).thenComparing(Proof::testName)).toList();
      List<String> problems = new ArrayList<>();
      if (clause.claimed() && tests.stream().noneMatch(Proof::passed)) {
        problems.add(clause.number() + " " + clause.title() + ": no passing test names it");
      }
      if (clause.carried() == Clauses.Carried.MODEL && elements.isEmpty()) {
        problems.add(clause.number() + " " + clause.title() + ": no model element names it");
      }
      rows.add(new Row(clause, elements, tests, problems));
    }
    return rows;
  }

  /** Every problem: the rows' and the clauses tags or tests name that the catalogue does not know. */
  public static List<String> problems(List<Clauses.Clause> clauses, List<ClauseTags.Tag> tags, List<Proof> proofs) {
    Set<String> known = clauses.stream().map(Clauses.Clause::number).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    rows(clauses, tags, proofs).forEach(r -> problems.addAll(r.problems()));
    for (ClauseTags.Tag tag : tags) {
      tag.clauses().stream().filter(c -> !known.contains(c)).forEach(c -> problems.add(tag.file() + " "
          + tag.elementId() + " names clause " + c + ", which is not in audit/iso20000-clauses.tsv"));
    }
    Set<String> unknown = new TreeSet<>();
    proofs.stream().filter(p -> !known.contains(p.clause())).forEach(p -> unknown.add(p.testClass() + "."
        + p.testName() + " names clause " + p.clause() + ", which is not in audit/iso20000-clauses.tsv"));
    problems.addAll(unknown);
    return problems;
  }

  /** The tests' results as the build wrote them (clause, class, test, result; tab-separated). */
  public static List<Proof> readProofs(InputStream tsv) {
    if (tsv == null) {
      return List.of();
    }
    try (InputStream in = tsv) {
      List<Proof> proofs = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cells = line.split("\t");
        if (cells.length == 4 && !line.startsWith("#")) {
          proofs.add(new Proof(cells[0], cells[1], cells[2], cells[3]));
        }
      }
      return proofs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tests' results in the form {@link #readProofs} reads. */
  public static String writeProofs(List<Proof> proofs) {
    StringBuilder tsv = new StringBuilder("# Written by the build (TraceabilityReport): clause, test class, test, result\n");
    proofs.stream().sorted(Comparator.comparing(Proof::clause).thenComparing(Proof::testClass)
        .thenComparing(Proof::testName)).forEach(p -> tsv.append(p.clause()).append('\t').append(p.testClass())
            .append('\t').append(p.testName()).append('\t').append(p.result()).append('\n'));
    return tsv.toString();
  }

  /** docs/iso20000-traceability.md: the table of clauses, then per clause its elements and tests. */
  public static String markdown(List<Row> rows) {
    StringBuilder md = new StringBuilder();
    md.append("# ISO/IEC 20000-1 traceability\n\n")
        .append("Written by the build (`./mvnw verify`, `TraceabilityReport`) from the models in `processes/`, the\n")
        .append("tests that name a clause (`@Iso20000`) and their results in that build; do not edit it by hand.\n")
        .append("The clauses and our words for them are in `src/main/resources/audit/iso20000-clauses.tsv`; a model\n")
        .append("element names its clauses with the property `iso20000` (Camunda Modeler: Extension properties).\n")
        .append("The build fails when a clause ITSM Flow claims has no passing test, or, when models carry it, no\n")
        .append("model element. The workspace shows the same at `/audits/traceability`, with the models as deployed.\n\n")
        .append("| Clause | Requirement | Carried by | Model elements | Tests (passed) |\n")
        .append("|---|---|---|---:|---:|\n");
    for (Row row : rows) {
      md.append("| [").append(row.clause().number()).append("](#clause-").append(anchor(row.clause().number()))
          .append(") | ").append(row.clause().title()).append(" | ").append(carried(row.clause())).append(" | ")
          .append(row.elements().size()).append(" | ").append(row.tests().size()).append(" (")
          .append(row.tests().stream().filter(Proof::passed).count()).append(") |\n");
    }
    for (Row row : rows) {
      md.append("\n## <a id=\"clause-").append(anchor(row.clause().number())).append("\"></a>")
          .append(row.clause().number()).append(' ').append(row.clause().title()).append("\n\n")
          .append(row.clause().requirement()).append("\n\n");
      if (!row.clause().claimed()) {
        md.append("Not carried by ITSM Flow.\n");
        continue;
      }
      if (!row.elements().isEmpty()) {
        md.append("Model elements:\n\n");
        for (ClauseTags.Tag tag : row.elements()) {
          md.append("- [`").append(tag.file()).append('`').append("](../processes/").append(tag.file()).append(") ")
              .append(tag.kind()).append(" `").append(tag.elementId()).append('`')
              .append(tag.elementName().isBlank() ? "" : " \"" + tag.elementName() + "\"").append('\n');
        }
        md.append('\n');
      }
      md.append("Tests:\n\n");
      for (Proof proof : row.tests()) {
        md.append("- `").append(proof.simpleClass()).append('.')
            .append(proof.testName()).append("`: ").append(proof.result()).append('\n');
      }
      if (row.tests().isEmpty()) {
        md.append("- none\n");
      }
      row.problems().forEach(p -> md.append("\n**Missing:** ").append(p).append('\n'));
    }
    return md.toString();
  }

  /** "8.6.1" as an HTML id part: 8-6-1. */
  public static String anchor(String clause) {
    return clause.replace('.', '-');
  }

  static String carried(Clauses.Clause clause) {
    return switch (clause.carried()) {
      case MODEL -> "models and tests";
      case CODE -> "application and tests";
      case NO -> "not carried";
    };
  }
}
