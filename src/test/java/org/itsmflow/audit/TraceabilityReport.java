package org.itsmflow.audit;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.itsmflow.support.Iso20000;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The build's traceability report (run by Maven in the verify phase, after the tests): reads the
 * clauses the models name in processes/, the tests that name a clause (@Iso20000) and their
 * results in target/surefire-reports and target/failsafe-reports, writes
 * docs/iso20000-traceability.md and the results the workspace page shows
 * (src/main/resources/audit/iso20000-tests.tsv), and fails when a clause ITSM Flow claims has no
 * passing test or, when models carry it, no model element. With CI=true it checks that both files
 * are current instead of writing them (-Ditsm.traceability.write=true writes them there too). A run
 * of some tests only (-Dtest, -Dit.test, -DskipTests) is not checked.
 *
 * <p>Usage: java -cp (test classpath) org.itsmflow.audit.TraceabilityReport [base directory]
 */
public final class TraceabilityReport {

  static final Path DOC = Path.of("docs/iso20000-traceability.md");
  static final Path TESTS = Path.of("src/main/resources/audit/iso20000-tests.tsv");

  /** What the build found: the model tags, the tests with their results, and the test classes without a report. */
  record Evidence(List<ClauseTags.Tag> tags, List<Traceability.Proof> proofs, List<String> unreported) {}

  private TraceabilityReport() {}

  public static void main(String[] args) throws Exception {
    Path base = Path.of(args.length > 0 ? args[0] : ".");
    Evidence evidence = gather(base.resolve("processes"), base.resolve("target/test-classes"),
        List.of(base.resolve("target/surefire-reports"), base.resolve("target/failsafe-reports")));
    if (!evidence.unreported().isEmpty()) {
      System.out.println("Traceability: not checked, not every test ran in this build (no result for "
          + evidence.unreported().size() + " test classes, e.g. " + evidence.unreported().get(0) + ")");
      return;
    }
    List<String> problems = new ArrayList<>(Traceability.problems(Clauses.all(), evidence.tags(), evidence.proofs()));
    String doc = Traceability.markdown(Traceability.rows(Clauses.all(), evidence.tags(), evidence.proofs()));
    String tests = Traceability.writeProofs(evidence.proofs());
    boolean strict = "true".equals(System.getenv("CI")) && !Boolean.getBoolean("itsm.traceability.write");
    for (Map.Entry<Path, String> file : Map.of(base.resolve(DOC), doc, base.resolve(TESTS), tests).entrySet()) {
      String current = Files.exists(file.getKey()) ? Files.readString(file.getKey()) : "";
      if (current.equals(file.getValue())) {
        continue;
      }
      if (strict) {
        problems.add(base.relativize(file.getKey()) + " is not current: run ./mvnw verify (or CI with "
            + "-Ditsm.traceability.write=true) and commit it");
      } else {
        Files.writeString(file.getKey(), file.getValue());
        System.out.println("Traceability: wrote " + base.relativize(file.getKey()));
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.err.println("Traceability: " + p));
      System.exit(1);
    }
    long claimed = Clauses.all().stream().filter(Clauses.Clause::claimed).count();
    System.out.println("Traceability: " + claimed + " clauses carried, each with its model elements and passing tests; "
        + evidence.tags().size() + " model elements, " + evidence.proofs().size() + " tests name a clause");
  }

  /** Everything the report reads, from the given folders. */
  static Evidence gather(Path models, Path testClasses, List<Path> reportFolders) throws IOException {
    List<ClauseTags.Tag> tags = new ArrayList<>();
    try (Stream<Path> files = Files.list(models)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).sorted()
          .toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          tags.addAll(ClauseTags.read(file.getFileName().toString(), in));
        }
      }
    }
    Map<String, String> results = results(reportFolders);
    List<Traceability.Proof> proofs = new ArrayList<>();
    List<String> unreported = new ArrayList<>();
    for (Class<?> type : testClasses(testClasses)) {
      List<Method> tests = tests(type);
      if (tests.isEmpty()) {
        continue;
      }
      if (results.keySet().stream().noneMatch(k -> k.startsWith(type.getName() + "#"))) {
        unreported.add(type.getName());
      }
      Iso20000 onClass = type.getAnnotation(Iso20000.class);
      for (Method test : tests) {
        Set<String> clauses = new LinkedHashSet<>();
        if (onClass != null) {
          clauses.addAll(List.of(onClass.value()));
        }
        Iso20000 onMethod = test.getAnnotation(Iso20000.class);
        if (onMethod != null) {
          clauses.addAll(List.of(onMethod.value()));
        }
        String result = results.getOrDefault(type.getName() + "#" + test.getName(), "not run");
        clauses.forEach(c -> proofs.add(new Traceability.Proof(c, type.getName(), test.getName(), result)));
      }
    }
    return new Evidence(tags, proofs, unreported);
  }

  /** The test methods of a class (JUnit 5's @Test and its kin, by their annotations' names). */
  static List<Method> tests(Class<?> type) {
    if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
      return List.of();
    }
    List<Method> tests = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (Stream.of(method.getAnnotations()).map(a -> a.annotationType().getName()).anyMatch(n ->
          n.equals("org.junit.jupiter.api.Test") || n.equals("org.junit.jupiter.params.ParameterizedTest")
              || n.equals("org.junit.jupiter.api.RepeatedTest") || n.equals("org.junit.jupiter.api.TestFactory"))) {
        tests.add(method);
      }
    }
    tests.sort(java.util.Comparator.comparing(Method::getName));
    return tests;
  }

  /**
   * "class#method" to its result from the JUnit XML reports: failed when any of its cases failed,
   * skipped when all were skipped, else passed (a parameterized test has a case per argument).
   */
  static Map<String, String> results(List<Path> folders) throws IOException {
    Map<String, String> results = new HashMap<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        for (Path report : files.filter(f -> f.getFileName().toString().startsWith("TEST-")
            && f.toString().endsWith(".xml")).toList()) {
          NodeList cases;
          try (InputStream in = Files.newInputStream(report)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            cases = factory.newDocumentBuilder().parse(in).getElementsByTagName("testcase");
          } catch (Exception e) {
            throw new IOException(report + " cannot be read: " + e.getMessage(), e);
          }
          for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            String name = testCase.getAttribute("name").replaceAll("[(\\[].*$", "");
            String result = testCase.getElementsByTagName("failure").getLength() > 0
                || testCase.getElementsByTagName("error").getLength() > 0 ? "failed"
                : testCase.getElementsByTagName("skipped").getLength() > 0 ? "skipped" : "passed";
            results.merge(testCase.getAttribute("classname") + "#" + name, result, TraceabilityReport::worse);
          }
        }
      }
    }
    return results;
  }

  private static String worse(String a, String b) {
    List<String> order = List.of("failed", "passed", "skipped");
    return order.indexOf(a) <= order.indexOf(b) ? a : b;
  }

  private static List<Class<?>> testClasses(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).sorted()
          .toList()) {
        String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.')
            .replaceAll("\\.class$", "");
        try {
          classes.add(Class.forName(name, false, TraceabilityReport.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          // Not a class of the test classpath (a resource compiled elsewhere): it holds no test.
        }
      }
    }
    return classes;
  }
}
