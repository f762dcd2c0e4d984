package org.itsmflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.itsmflow.support.DecisionTables;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The change decision tables, as deployed from processes/: every rule row is evaluated, without Spring. */
@Iso20000("8.5.1")
class ChangeDecisionsTest {

  @ParameterizedTest(name = "{0}, impact {1}, criticality {2}, tested {3}, failures {4} -> {5}")
  @CsvSource({
      "standard,  1, 1, false, 0.9, low,    pre-approved standard change",
      "normal,    1, 1, true,  0.0, high,   high impact on a critical service",
      "normal,    3, 3, true,  0.5, high,   30 % or more of earlier changes on these CIs failed",
      "normal,    2, 3, false, 0.0, high,   'back-out plan not tested, impact medium or high'",
      "emergency, 1, 2, true,  0.0, medium, high impact",
      "normal,    3, 1, true,  0.0, medium, a critical service is affected",
      "normal,    3, 3, true,  0.1, medium, earlier changes on these CIs failed",
      "normal,    3, 3, false, 0.0, medium, back-out plan not tested",
      "normal,    3, 3, true,  0.0, low,    'low impact, tested back-out plan, no earlier failures'"})
  void riskFromImpactCriticalityBackoutAndHistory(String category, int impact, int criticality, boolean tested,
      double failureRate, String risk, String reason) {
    DmnDecisionRuleResult result = evaluate(ChangeProcess.Decisions.RISK, Map.of("category", category,
        "impact", impact, "serviceCriticality", criticality, "backoutTested", tested, "failureRate", failureRate))
        .getSingleResult();

    assertThat((Object) result.getEntry("risk")).isEqualTo(risk);
    assertThat((Object) result.getEntry("riskReason")).isEqualTo(reason);
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({"standard, low, none", "emergency, high, ecab", "normal, low, change-manager",
      "normal, medium, cab", "normal, high, cab"})
  void changeAuthorityFollowsThePolicy(String category, String risk, String authority) {
    assertThat((Object) evaluate(ChangeProcess.Decisions.AUTHORITY, Map.of("category", category, "risk", risk))
        .getSingleEntry()).isEqualTo(authority);
  }

  @ParameterizedTest(name = "veto {0}, {1} for, {2} against -> {3}")
  @CsvSource({"true, 5, 1, rejected", "false, 0, 0, rejected", "false, 2, 1, approved", "false, 1, 1, rejected",
      "false, 0, 2, rejected"})
  void cabDecidesByMajorityUnlessAServiceOwnerVetoes(boolean veto, int approvals, int rejections, String decision) {
    assertThat((Object) evaluate(ChangeProcess.Decisions.CAB_DECISION, Map.of("ownerVeto", veto,
        "approvals", approvals, "rejections", rejections)).getSingleEntry()).isEqualTo(decision);
  }

  private static DmnDecisionTableResult evaluate(String key, Map<String, Object> variables) {
    return DecisionTables.evaluate(key, variables);
  }
}
