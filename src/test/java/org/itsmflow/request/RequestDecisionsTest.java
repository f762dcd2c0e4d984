package org.itsmflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.itsmflow.improvement.ImprovementProcess;
import org.itsmflow.support.DecisionTables;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** request-approval and improvement-priority, as deployed from processes/: every rule row is evaluated, without Spring. */
@Iso20000("8.6.2")
class RequestDecisionsTest {

  @ParameterizedTest(name = "{0}, cost {1}, {2} -> approval {3} by {4}")
  @CsvSource({"always, 0, manager, true, service-owner", "never, 5000, staff, false, none",
      "policy, 1500, manager, true, service-owner", "policy, 400, staff, true, manager",
      "policy, 400, manager, false, none", "policy, 50, staff, false, none"})
  void approvalFollowsTheItemCostAndRole(String item, double cost, String role, boolean required, String approver) {
    DmnDecisionRuleResult result = DecisionTables.evaluate(RequestProcess.Decisions.APPROVAL, Map.of("itemApproval", item, "cost", cost, "requesterRole", role)).getFirstResult();

    assertThat((Object) result.getEntry("approvalRequired")).isEqualTo(required);
    assertThat((Object) result.getEntry("approver")).isEqualTo(approver);
  }

  @ParameterizedTest(name = "benefit {0}, effort {1}, risk {2}, alignment {3} -> P{4}")
  @CsvSource({"high, low, low, none, 4", "high, medium, low, strong, 1", "high, high, low, strong, 2",
      "medium, low, medium, partial, 2", "medium, high, high, partial, 3", "low, low, low, strong, 3",
      "low, high, low, strong, 4"})
  void improvementPriorityFromTheCriteria(String benefit, String effort, String risk, String alignment,
      int priority) {
    DmnDecisionRuleResult result = DecisionTables.evaluate(ImprovementProcess.Decisions.PRIORITY, Map.of("benefit", benefit,
            "effort", effort, "risk", risk, "alignment", alignment)).getFirstResult();

    assertThat(((Number) result.getEntry("priority")).intValue()).isEqualTo(priority);
    assertThat((Object) result.getEntry("rationale")).isNotNull();
  }
}
