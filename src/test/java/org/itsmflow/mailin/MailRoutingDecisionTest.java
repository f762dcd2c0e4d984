package org.itsmflow.mailin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.DecisionTables.evaluate;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** mail-routing, as deployed from processes/: every rule, and no rule for a subject it does not know. */
@Iso20000("8.6.1")
class MailRoutingDecisionTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(nullValues = "none", value = {
      "my payslip for november is missing, PAYROLL",
      "question about my salary, PAYROLL",
      "hr portal shows an error, HR-PORTAL",
      "holiday balance wrong, HR-PORTAL",
      "outlook asks for my password again, EMAIL",
      "cannot send mail to externals, EMAIL",
      "printer on floor 2 jams, none"})
  void theFirstRuleWhoseWordsTheSubjectHasNamesTheService(String subject, String service) {
    DmnDecisionTableResult result = evaluate(MailIntake.ROUTING_DECISION,
        Map.of("subject", subject, "senderDomain", "example.test"));

    if (service == null) {
      assertThat(result.isEmpty()).isTrue();
    } else {
      assertThat((Object) result.getFirstResult().getEntry("serviceCode")).isEqualTo(service);
    }
  }
}
