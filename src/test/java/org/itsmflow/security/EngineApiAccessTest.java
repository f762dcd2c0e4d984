package org.itsmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.itsmflow.security.EngineApiAccess.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which engine API calls staff keep, from method and path alone (no Spring, no engine). */
class EngineApiAccessTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "GET, /task/42/variables, ALLOW",
      "POST, /task, ALLOW",
      "POST, /task/count, ALLOW",
      "POST, /history/process-instance, ALLOW",
      "POST, /history/cleanup, DENY",
      "POST, /filter/f1/list, ALLOW",
      "POST, /task/42/claim, ALLOW",
      "POST, /task/42/comment/create, ALLOW",
      "POST, /task/42/complete, TASK_FORM",
      "POST, /task/42/submit-form, TASK_FORM",
      "POST, /task/42/resolve, TASK_FORM",
      "POST, /task/42/assignee, OWN_OR_FREE_TASK",
      "POST, /task/42/delegate, OWN_OR_FREE_TASK",
      "POST, /task/42/unclaim, OWN_TASK",
      "POST, /task/42/identity-links, DENY",
      "POST, /task/42/variables, DENY",
      "PUT, /task/42/variables/priority, DENY",
      "PUT, /task/42, DENY",
      "DELETE, /task/42, DENY",
      "POST, /process-definition/key/service-request/submit-form, START_FORM",
      "POST, /process-definition/key/service-request/tenant-id/t1/submit-form, START_FORM",
      "POST, /process-definition/pd:1:2/submit-form, START_FORM",
      "POST, /process-definition/key/service-request/start, DENY",
      "POST, /message, DENY",
      "POST, /signal, DENY",
      "POST, /process-instance/p1/modification, DENY",
      "PUT, /process-instance/p1/variables/x, DENY",
      "POST, /deployment/create, ALLOW",
      "POST, /deployment/d1/redeploy, ALLOW",
      "POST, /identity/password-policy, ALLOW",
      "PUT, /user/sd-agent/credentials, ALLOW",
      "PUT, /user/sd-agent/profile, ALLOW",
      "PUT, /user/admin/credentials, DENY",
      "POST, /user/create, DENY",
  })
  void staffKeepWhatTasklistNeedsAndNothingElse(String method, String path, Kind expected) {
    assertThat(EngineApiAccess.decide(method, path, "sd-agent").kind()).isEqualTo(expected);
  }
}
