package org.itsmflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Process packages talk to each other through the ports of {@code org.itsmflow.ports} (which the
 * other side implements) and never use each other's classes or read each other's tables, nor the
 * tables of a shared package; shared packages never depend on a process package (CONVENTIONS.md,
 * 1 and 10). A new dependency or table access fails here.
 */
class PackageBoundariesTest {

  private static final String ROOT = "org.itsmflow";
  private static final List<String> PROCESSES = List.of("incident", "problem", "change", "release", "request",
      "improvement", "nonconformity");
  private static final List<String> SHARED = List.of("record", "ports", "platform", "security", "sla", "catalogue",
      "notification", "reporting", "deployment", "tasklist", "workspace", "portal", "mailin", "audit");

  /** Whose table is whose, by name. */
  private static final Map<String, Pattern> TABLES = Map.of(
      "incident", Pattern.compile("itsm_(incident|major_incident_review)"),
      "problem", Pattern.compile("itsm_(problem\\w*|known_error\\w*)"),
      "change", Pattern.compile("itsm_change\\w*"),
      "release", Pattern.compile("itsm_release\\w*"),
      "request", Pattern.compile("itsm_request\\w*"),
      "improvement", Pattern.compile("itsm_improvement\\w*"),
      "nonconformity", Pattern.compile("itsm_nonconformity\\w*"));

  private static final Pattern TABLE = Pattern.compile("\\bitsm_[a-z_]+\\b");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  }

  @Test
  void sharedPackagesDependOnNoProcessPackage() {
    Set<String> found = new TreeSet<>();
    for (JavaClass type : classes) {
      String from = area(type);
      if (SHARED.contains(from)) {
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
          String to = area(dependency.getTargetClass());
          if (PROCESSES.contains(to)) {
            found.add(type.getSimpleName() + " -> " + to + "." + dependency.getTargetClass().getSimpleName());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void processPackagesUseNoOtherProcessPackage() {
    Set<String> found = new TreeSet<>();
    for (JavaClass type : classes) {
      String from = area(type);
      if (!PROCESSES.contains(from)) {
        continue;
      }
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        JavaClass target = dependency.getTargetClass();
        String to = area(target);
        if (PROCESSES.contains(to) && !to.equals(from)) {
          found.add(from + " -> " + to + "." + outermost(target).getSimpleName());
        }
      }
    }
    assertThat(found).as("a process package uses another's classes: ask through a port in org.itsmflow.ports")
        .isEmpty();
  }

  @Test
  void processPackagesReadOnlyTheirOwnTables() throws IOException {
    Set<String> found = new TreeSet<>();
    for (String process : PROCESSES) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/itsmflow", process))) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
          Matcher table = TABLE.matcher(read(file));
          while (table.find()) {
            if (!TABLES.get(process).matcher(table.group()).matches()) {
              found.add(process + " -> " + table.group());
            }
          }
        });
      }
    }
    assertThat(found).as("a process package reads a table that is not its own: ask its owner through a port")
        .isEmpty();
  }

  private static String area(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return "";
    }
    String rest = name.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static JavaClass outermost(JavaClass type) {
    JavaClass current = type;
    while (current.getEnclosingClass().isPresent()) {
      current = current.getEnclosingClass().get();
    }
    return current;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
