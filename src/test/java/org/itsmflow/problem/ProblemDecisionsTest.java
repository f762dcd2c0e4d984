package org.itsmflow.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.itsmflow.support.DecisionTables;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The problem decision tables, as deployed from processes/: every rule row is evaluated, without Spring. */
@Iso20000("8.6.3")
class ProblemDecisionsTest {

  @ParameterizedTest(name = "impact {0}, urgency {1}, {2} incidents -> P{3} in {4} days, {5}")
  @CsvSource({
      "3, 3, 12, 1,  7, process-owners",
      "1, 1,  0, 1,  7, process-owners",
      "1, 2,  1, 2, 14, process-owners",
      "2, 1,  3, 2, 14, process-owners",
      "1, 3,  1, 3, 30, problem-managers",
      "2, 2,  1, 3, 30, problem-managers",
      "3, 1,  1, 3, 30, problem-managers",
      "2, 3,  9, 4, 90, problem-managers",
      "3, 3,  0, 4, 90, problem-managers"})
  void priorityTargetAndEscalation(int impact, int urgency, int incidents, int priority, int targetDays,
      String escalationGroup) {
    DmnDecisionRuleResult result = evaluate(ProblemProcess.Decisions.PRIORITY, Map.of("impact", impact,
        "urgency", urgency, "incidentCount", incidents)).getFirstResult();

    assertThat(((Number) result.getEntry("priority")).intValue()).isEqualTo(priority);
    assertThat(((Number) result.getEntry("targetDays")).intValue()).isEqualTo(targetDays);
    assertThat((Object) result.getEntry("escalationGroup")).isEqualTo(escalationGroup);
  }

  @ParameterizedTest(name = "per {0}, criticality {1} -> {2} incidents in {3} days")
  @CsvSource({"ci, 1, 3, 7", "ci, 2, 5, 7", "ci, 3, 5, 7", "service, 1, 5, 7", "service, 2, 10, 7",
      "service, 3, 10, 7"})
  void trendThresholdByScopeAndCriticality(String scope, int criticality, int threshold, int windowDays) {
    DmnDecisionRuleResult result = evaluate(ProblemProcess.Decisions.TREND_THRESHOLD, Map.of("scope", scope,
        "serviceCriticality", criticality)).getFirstResult();

    assertThat(((Number) result.getEntry("threshold")).intValue()).isEqualTo(threshold);
    assertThat(((Number) result.getEntry("windowDays")).intValue()).isEqualTo(windowDays);
  }

  private static DmnDecisionTableResult evaluate(String key, Map<String, Object> variables) {
    return DecisionTables.evaluate(key, variables);
  }
}
