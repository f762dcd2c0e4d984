package org.itsmflow.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.itsmflow.demo.DemoUsers;
import org.itsmflow.support.BrowserScript;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem form renders in Tasklist with the problem's data for the problem managers, the
 * start form for the service desk, and the incident form shows the known errors (headless
 * Debian Chromium, playwright-core; screenshots in target/browser).
 */
@Iso20000("8.6.3")
@EnabledIfEnvironmentVariable(named = "ITSM_BROWSER_TESTS", matches = "true")
class ProblemTasklistBrowserIT {

  private static final String PASSWORD = DemoUsers.PASSWORD;
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path dataDir;

  @Test
  void everyProblemFormRendersForItsRole() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    try (StandaloneApplication app = StandaloneApplication.start("browser-problem-test",
        Map.of("ITSM_DATA_DIR", dataDir.toString(), "itsm.admin.password", "Browser-Check-Pass-7"), "demo")) {
      String investigated = problem(app, "{\"title\": \"Slow logins\", \"description\": \"Monday mornings\", "
          + "\"serviceCode\": \"EMAIL\"}");
      post(app, investigated, "categorisation",
          "{\"decision\": \"accept\", \"category\": \"authentication\", \"impact\": 2, \"urgency\": 2}");
      post(app, investigated, "workaround", "{\"workaround\": \"Log in via the backup portal\"}");
      // Reported after the known error was published: the investigation form lists it.
      String incident = json.readTree(app.postJson("/api/incidents", "sd-agent", PASSWORD,
          "{\"title\": \"Mail bounces\", \"description\": \"Every morning\", \"serviceCode\": \"EMAIL\", "
              + "\"impact\": 3, \"urgency\": 3}")).path("number").asText();
      problem(app, "{\"title\": \"Bounces every morning\", \"description\": \"Since the upgrade\", "
          + "\"incidents\": [\"" + incident + "\"]}");
      String base = "http://localhost:" + app.port();

      String managers = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "problem-manager",
          PASSWORD, "Problem managers queue", screenshots.toString(),
          "Categorise problem=Linked incidents~" + "Mail bounces",
          "Investigate and diagnose=Workaround known~Log in via the backup portal",
          "startform:Problem management=Raised from");
      String desk = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "sd-agent",
          PASSWORD, "Service desk queue", screenshots.toString(),
          "Investigate and diagnose=Known errors for this CI or service (workarounds)~Log in via the backup portal",
          "startform:Problem management=Raised from");

      assertThat(managers).contains("ok - Categorise problem", "ok - Investigate and diagnose",
          "ok - startform:Problem management");
      assertThat(desk).contains("ok - Investigate and diagnose", "ok - startform:Problem management");
    }
  }

  private String problem(StandaloneApplication app, String body) throws Exception {
    return json.readTree(app.postJson("/api/problems", "sd-agent", PASSWORD, body)).path("number").asText();
  }

  private void post(StandaloneApplication app, String number, String action, String body) throws Exception {
    app.postJson("/api/problems/" + number + "/" + action, "problem-manager", PASSWORD, body);
  }
}
