package org.itsmflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.itsmflow.support.DecisionTables;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The incident decision tables, as deployed from processes/: every rule row is evaluated, without Spring. */
@Iso20000("8.6.1")
class IncidentDecisionsTest {

  @ParameterizedTest(name = "impact {0}, urgency {1} -> priority {2}")
  @CsvSource({"1,1,1", "1,2,2", "2,1,2", "1,3,3", "2,2,3", "3,1,3", "2,3,4", "3,2,4", "3,3,5"})
  void priorityFollowsTheImpactUrgencyMatrix(int impact, int urgency, int priority) {
    DmnDecisionTableResult result = evaluate("incident-priority", Map.of("impact", impact, "urgency", urgency));

    assertThat((Object) result.getSingleEntry()).isEqualTo(priority);
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(nullValues = "null", value = {
      "EMAIL, network, support-2nd-level",
      "PAYROLL, application, support-2nd-level",
      "EMAIL, application, service-desk",
      "null, null, service-desk"})
  void assignmentGroupFromServiceAndCategory(String service, String category, String group) {
    Map<String, Object> input = new HashMap<>();
    input.put("serviceCode", service);
    input.put("category", category);

    assertThat((Object) evaluate("incident-assignment", input).getSingleEntry()).isEqualTo(group);
  }

  @ParameterizedTest(name = "priority {0}, declared {1} -> major {2}")
  @CsvSource({"1,false,true", "2,true,true", "3,false,false", "5,false,false"})
  void majorIncidentCriteria(int priority, boolean declared, boolean major) {
    DmnDecisionTableResult result = evaluate("major-incident-criteria",
        Map.of("priority", priority, "declaredMajor", declared));

    assertThat((Object) result.getSingleEntry()).isEqualTo(major);
  }

  private static DmnDecisionTableResult evaluate(String key, Map<String, Object> variables) {
    return DecisionTables.evaluate(key, variables);
  }
}
