package org.itsmflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.Test;

/**
 * The traceability check without Spring: on a fixture whose audit task names no clause it fails
 * for that clause, as for a claimed clause without a passing test and for a clause nobody knows;
 * on the project's own models every clause the models carry has its elements.
 */
@Iso20000("7.5")
class TraceabilityTest {

  private static final Path FIXTURE = Path.of("src/test/resources/traceability-fixture");
  private static final Clauses.Clause INCIDENTS = clause("8.6.1", Clauses.Carried.MODEL);
  private static final Clauses.Clause SLAS = clause("8.3.3", Clauses.Carried.MODEL);
  private static final Clauses.Clause AUDIT = clause("9.2", Clauses.Carried.MODEL);
  private static final Clauses.Clause MEASURES = clause("9.1", Clauses.Carried.CODE);
  private static final Clauses.Clause ASSETS = clause("8.2.5", Clauses.Carried.NO);

  @Test
  void aClaimedClauseWithoutAModelElementOrAPassingTestFailsTheCheck() throws Exception {
    TraceabilityReport.Evidence evidence = TraceabilityReport.gather(FIXTURE.resolve("processes"),
        Path.of("target/no-test-classes"), List.of(FIXTURE.resolve("reports")));
    assertThat(evidence.tags()).extracting(ClauseTags.Tag::file, ClauseTags.Tag::elementId, ClauseTags.Tag::kind)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("fixture.bpmn", "Task_Record", "userTask"),
            org.assertj.core.groups.Tuple.tuple("fixture.bpmn", "Task_Unknown", "serviceTask"),
            org.assertj.core.groups.Tuple.tuple("fixture.dmn", "fixture-priority", "decision"));
    List<Traceability.Proof> proofs = List.of(proof("8.6.1", "passed"), proof("8.3.3", "passed"),
        proof("9.2", "passed"), proof("9.1", "failed"), proof("9.1", "skipped"));
    List<Clauses.Clause> clauses = List.of(INCIDENTS, SLAS, AUDIT, MEASURES, ASSETS);

    List<String> problems = Traceability.problems(clauses, evidence.tags(), proofs);

    assertThat(problems).containsExactly("9.2 Internal audit: no model element names it",
        "9.1 Monitoring: no passing test names it",
        "fixture.bpmn Task_Unknown names clause 8.9.9, which is not in audit/iso20000-clauses.tsv");
    // Tagged and proven, nothing is missing; a clause not carried needs neither.
    List<ClauseTags.Tag> tagged = new java.util.ArrayList<>(evidence.tags().subList(0, 1));
    tagged.add(new ClauseTags.Tag("fixture.bpmn", "Task_Audit", "Perform audit", "userTask", List.of("9.2")));
    assertThat(Traceability.problems(clauses, tagged, List.of(proof("8.6.1", "passed"), proof("8.3.3", "passed"),
        proof("9.2", "passed"), proof("9.1", "passed")))).isEmpty();
    assertThat(Traceability.problems(clauses, tagged, List.of(proof("8.6.1", "passed"), proof("8.3.3", "passed"),
        proof("9.2", "passed"), proof("9.1", "passed"), new Traceability.Proof("4.4", "x.YTest", "t", "passed"))))
        .containsExactly("x.YTest.t names clause 4.4, which is not in audit/iso20000-clauses.tsv");

    String doc = Traceability.markdown(Traceability.rows(clauses, tagged, proofs));
    assertThat(doc).contains("| [8.6.1](#clause-8-6-1) | Incident management | models and tests | 1 | 1 (1) |")
        .contains("- [`fixture.bpmn`](../processes/fixture.bpmn) userTask `Task_Record` \"Record incident\"")
        .contains("**Missing:** 9.1 Monitoring: no passing test names it").contains("Not carried by ITSM Flow.");
  }

  @Test
  void theResultsAreReadFromTheJUnitReportsCasePerCase() throws Exception {
    Map<String, String> results = TraceabilityReport.results(List.of(FIXTURE.resolve("reports")));
    assertThat(results).containsEntry("org.itsmflow.audit.TraceabilityTest#aParameterizedTest", "failed")
        .containsEntry("org.itsmflow.audit.TraceabilityTest#aPassingTest", "passed")
        .containsEntry("org.itsmflow.audit.TraceabilityTest#aSkippedTest", "skipped");
    assertThat(Traceability.readProofs(new ByteArrayInputStream(Traceability.writeProofs(List.of(proof("9.2", "passed")))
        .getBytes(StandardCharsets.UTF_8)))).containsExactly(proof("9.2", "passed"));
  }

  @Test
  void everyClauseTheModelsCarryIsNamedByAnElementOfTheProjectsModels() throws Exception {
    TraceabilityReport.Evidence evidence = TraceabilityReport.gather(Path.of("processes"), Path.of("target/test-classes"),
        List.of());
    for (Clauses.Clause clause : Clauses.all()) {
      if (clause.carried() == Clauses.Carried.MODEL) {
        assertThat(evidence.tags()).as(clause.number()).anyMatch(t -> t.clauses().contains(clause.number()));
      }
    }
    assertThat(evidence.tags()).anyMatch(t -> t.file().equals("incident-priority.dmn") && t.kind().equals("decision"));
    assertThat(evidence.proofs()).anyMatch(p -> p.clause().equals("9.2")
        && p.testClass().equals(InternalAuditProcessTest.class.getName()));
    assertThat(Traceability.problems(Clauses.all(), evidence.tags(), List.of()).stream()
        .filter(p -> p.contains("names clause"))).as("every clause named is in the catalogue").isEmpty();
    assertThatThrownBy(() -> ClauseTags.read("broken.bpmn", new ByteArrayInputStream("<bpmn".getBytes(
        StandardCharsets.UTF_8)))).hasMessageStartingWith("broken.bpmn cannot be read as XML");
  }

  private static Clauses.Clause clause(String number, Clauses.Carried carried) {
    return Clauses.find(number).map(c -> new Clauses.Clause(number, carried, number.equals("9.1") ? "Monitoring"
        : c.title(), c.requirement())).orElseThrow();
  }

  private static Traceability.Proof proof(String clause, String result) {
    return new Traceability.Proof(clause, "org.itsmflow.audit.SomeTest", "test" + clause.replace(".", "")
        + result, result);
  }
}
