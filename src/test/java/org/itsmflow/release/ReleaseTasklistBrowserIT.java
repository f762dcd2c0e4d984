package org.itsmflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.itsmflow.demo.DemoUsers;
import org.itsmflow.support.BrowserScript;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every release form renders in Tasklist with the release's data for the role that works it:
 * release managers (accept, missed window, replan, start form) and the deployment group
 * (build, test, deploy, roll back). Headless Debian Chromium, playwright-core; screenshots in
 * target/browser.
 */
@Iso20000("8.5.3")
@EnabledIfEnvironmentVariable(named = "ITSM_BROWSER_TESTS", matches = "true")
class ReleaseTasklistBrowserIT {

  private static final String PASSWORD = DemoUsers.PASSWORD;
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path dataDir;
  private int changes;

  @Test
  void everyReleaseFormRendersForItsRole() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    try (StandaloneApplication app = StandaloneApplication.start("browser-release-test",
        Map.of("ITSM_DATA_DIR", dataDir.toString(), "itsm.admin.password", "Browser-Check-Pass-7"), "demo")) {
      release(app, "emergency");
      String test = release(app, "emergency");
      build(app, test);
      String accept = release(app, "emergency");
      build(app, accept);
      test(app, accept);
      String deploy = accepted(app);
      runTimer(app, deploy, ReleaseProcess.Elements.WINDOW_START);
      String missed = accepted(app);
      runTimer(app, missed, ReleaseProcess.Elements.WINDOW_START);
      runTimer(app, missed, ReleaseProcess.Elements.WINDOW_ENDED);
      String rollback = accepted(app);
      runTimer(app, rollback, ReleaseProcess.Elements.WINDOW_START);
      post(app, "l2-engineer", rollback, "deployment-result", "{\"outcome\": \"failed\", \"notes\": \"Broke login\"}");
      String replan = accepted(app);
      runTimer(app, replan, ReleaseProcess.Elements.WINDOW_START);
      post(app, "l2-engineer", replan, "deployment-result", "{\"outcome\": \"failed\", \"notes\": \"Broke login\"}");
      post(app, "l2-engineer", replan, "rollback", "{\"notes\": \"Restored\"}");
      String base = "http://localhost:" + app.port();

      String deployers = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "l2-engineer",
          PASSWORD, "Support 2nd level queue", screenshots.toString(),
          "Build release=Build notes", "Test release=Test evidence", "Deploy release=Deployment notes",
          "Roll back release=Rollback notes");
      String managers = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "release-manager",
          PASSWORD, "Release managers queue", screenshots.toString(),
          "Accept release=Accepting for~release-managers", "Handle missed deployment window=Cancel the release",
          "Replan or cancel release=What failed~Broke login", "startform:Release and deployment=Known errors it resolves");

      assertThat(deployers).contains("ok - Build release", "ok - Test release", "ok - Deploy release",
          "ok - Roll back release");
      assertThat(managers).contains("ok - Accept release", "ok - Handle missed deployment window",
          "ok - Replan or cancel release", "ok - startform:Release and deployment");
    }
  }

  private String accepted(StandaloneApplication app) throws Exception {
    String number = release(app, "emergency");
    build(app, number);
    test(app, number);
    post(app, "release-manager", number, "acceptance", "{\"decision\": \"accept\", \"reason\": \"Urgent fix\"}");
    return number;
  }

  private String release(StandaloneApplication app, String type) throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    String change = change(app, now.plus(Duration.ofDays(10 + changes++)));
    String body = """
        {"title": "HR portal %d", "description": "Payroll export fix", "type": "%s", "changes": ["%s"],
         "windowStart": "%s", "windowEnd": "%s"}
        """.formatted(changes, type, change, now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(3)));
    return json.readTree(app.postJson("/api/releases", "release-manager", PASSWORD, body)).path("number").asText();
  }

  /** HR-PORTAL is the demo's only service that is not critical: its low-impact changes are low risk. */
  private String change(StandaloneApplication app, Instant start) throws Exception {
    String body = """
        {"title": "Export fix", "description": "Vendor patch", "category": "normal", "serviceCode": "HR-PORTAL",
         "impact": 3, "implementationPlan": "Install", "backoutPlan": "Uninstall", "backoutTested": true,
         "plannedStart": "%s", "plannedEnd": "%s"}
        """.formatted(start, start.plus(Duration.ofMinutes(30)));
    String number = json.readTree(app.postJson("/api/changes", "change-manager", PASSWORD, body)).path("number").asText();
    app.postJson("/api/changes/" + number + "/authorisation", "change-manager", PASSWORD,
        "{\"decision\": \"approve\", \"comment\": \"Fine\"}");
    return number;
  }

  private void build(StandaloneApplication app, String number) throws Exception {
    post(app, "l2-engineer", number, "build", "{\"version\": \"4.2.1\", \"notes\": \"Tagged\"}");
  }

  private void test(StandaloneApplication app, String number) throws Exception {
    post(app, "l2-engineer", number, "tests", "{\"result\": \"passed\", \"evidence\": \"Regression suite green\"}");
  }

  private void post(StandaloneApplication app, String user, String number, String action, String body)
      throws Exception {
    app.postJson("/api/releases/" + number + "/" + action, user, PASSWORD, body);
  }

  /** Runs a timer as the job executor would when it is due (the test application runs none). */
  private void runTimer(StandaloneApplication app, String number, String timerId) {
    ProcessEngine engine = app.bean(ProcessEngine.class);
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(timerId)
        .singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }
}
