package org.itsmflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.itsmflow.support.DecisionTables;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** early-life-threshold, as deployed from processes/: every rule row is evaluated, on both sides of its threshold. */
@Iso20000("8.5.3")
class ReleaseDecisionsTest {

  @ParameterizedTest(name = "{0} release, {1} incidents -> problem {2}")
  @CsvSource({"major, 6, true", "major, 5, false", "minor, 4, true", "minor, 3, false", "emergency, 3, true",
      "emergency, 2, false", "hotfix, 40, false"})
  void aProblemWhenEarlyLifeSeesMoreIncidentsThanTheTypeAllows(String type, int incidents, boolean problem) {
    Object raise = DecisionTables.evaluate(ReleaseProcess.Decisions.EARLY_LIFE_THRESHOLD, Map.of("releaseType", type, "incidentCount", incidents)).getSingleEntry();

    assertThat(raise).isEqualTo(problem);
  }
}
