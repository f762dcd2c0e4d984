package org.itsmflow.change;

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
 * Every change form renders in Tasklist with the change's data, for the role that works it:
 * change managers, CAB members and implementers (headless Debian Chromium, playwright-core;
 * screenshots in target/browser).
 */
@Iso20000("8.5.1")
@EnabledIfEnvironmentVariable(named = "ITSM_BROWSER_TESTS", matches = "true")
class ChangeTasklistBrowserIT {

  private static final String PASSWORD = DemoUsers.PASSWORD;
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path dataDir;

  @Test
  void everyChangeFormRendersForItsRole() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    try (StandaloneApplication app = StandaloneApplication.start("browser-change-test",
        Map.of("ITSM_DATA_DIR", dataDir.toString(), "itsm.admin.password", "Browser-Check-Pass-7"), "demo")) {
      Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
      // Change manager: authorise, revise, reschedule, review; the CAB: vote, ECAB, retrospective;
      // 2nd level: implement, remediate.
      // HR-PORTAL is the demo's only service that is not critical: its low-impact changes are low risk.
      rfc(app, "HR-PORTAL", "normal", 3, true, now.plus(Duration.ofDays(3)));
      String rejected = rfc(app, "HR-PORTAL", "normal", 3, true, now.plus(Duration.ofDays(4)));
      post(app, "change-manager", rejected, "authorisation", "{\"decision\": \"reject\", \"comment\": \"Too risky\"}");
      String first = rfc(app, "HR-PORTAL", "normal", 3, true, now.plus(Duration.ofDays(5)));
      post(app, "change-manager", first, "authorisation", "{\"decision\": \"approve\", \"comment\": \"Fine\"}");
      String clash = rfc(app, "HR-PORTAL", "normal", 3, true, now.plus(Duration.ofDays(5)));
      post(app, "change-manager", clash, "authorisation", "{\"decision\": \"approve\", \"comment\": \"Fine\"}");
      String reviewed = rfc(app, "HR-PORTAL", "normal", 3, true, now.plus(Duration.ofDays(6)));
      post(app, "change-manager", reviewed, "authorisation", "{\"decision\": \"approve\", \"comment\": \"Fine\"}");
      startNow(app, reviewed);
      post(app, "l2-engineer", reviewed, "implementation", "{\"outcome\": \"success\", \"notes\": \"Done\"}");
      rfc(app, "PAYROLL", "normal", 1, false, now.plus(Duration.ofDays(9)));
      // Planned within the CAB lead time: the CAB deadline has passed, the change managers decide.
      String overdue = rfc(app, "EMAIL", "normal", 1, true, now.plus(Duration.ofHours(2)));
      runTimer(app, overdue, ChangeProcess.Elements.CAB_DEADLINE, ChangeProcess.Elements.ESCALATE_CAB);
      rfc(app, "EMAIL", "emergency", 1, true, now);
      String retrospective = rfc(app, "PAYROLL", "emergency", 1, true, now);
      post(app, "cab-member", retrospective, "authorisation", "{\"decision\": \"approve\", \"comment\": \"Go\"}");
      startNow(app, retrospective);
      post(app, "l2-engineer", retrospective, "implementation", "{\"outcome\": \"success\", \"notes\": \"Hotfix\"}");
      String implement = rfc(app, "HR-PORTAL", "normal", 3, true, now.plus(Duration.ofDays(12)));
      post(app, "change-manager", implement, "authorisation", "{\"decision\": \"approve\", \"comment\": \"Fine\"}");
      startNow(app, implement);
      String failed = rfc(app, "HR-PORTAL", "normal", 3, true, now.plus(Duration.ofDays(14)));
      post(app, "change-manager", failed, "authorisation", "{\"decision\": \"approve\", \"comment\": \"Fine\"}");
      startNow(app, failed);
      post(app, "l2-engineer", failed, "implementation", "{\"outcome\": \"failed\", \"notes\": \"Broke login\"}");
      String base = "http://localhost:" + app.port();

      String managers = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "change-manager",
          PASSWORD, "Change managers queue", screenshots.toString(),
          "Authorise change=Back-out plan tested", "Revise or withdraw=Why it was rejected",
          "Reschedule change=Conflicts", "Post-implementation review=Lessons learned",
          "Decide for the CAB=CAB decision overdue",
          "startform:Change management=Implementation group");
      String cab = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "cab-member",
          PASSWORD, "Change advisory board queue", screenshots.toString(),
          "Approve emergency change=Risk reasons", "Authorise retrospectively=Implementation notes");
      String votes = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "cab-member",
          PASSWORD, "My tasks", screenshots.toString(), "Vote on change=Vote by");
      String implementers = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "l2-engineer",
          PASSWORD, "Support 2nd level queue", screenshots.toString(),
          "Implement change=Implementation notes", "Remediate (back out)=Remediation notes");

      assertThat(managers).contains("ok - Post-implementation review", "ok - startform:Change management");
      assertThat(cab).contains("ok - Authorise retrospectively");
      assertThat(votes).contains("ok - Vote on change");
      assertThat(implementers).contains("ok - Remediate (back out)");
    }
  }

  private String rfc(StandaloneApplication app, String service, String category, int impact, boolean tested,
      Instant start) throws Exception {
    String body = """
        {"title": "Upgrade %s (%s)", "description": "Vendor update", "category": "%s", "serviceCode": "%s",
         "impact": %d, "implementationPlan": "Install, verify", "backoutPlan": "Reinstall the previous version",
         "backoutTested": %b, "plannedStart": "%s", "plannedEnd": "%s"}
        """.formatted(service, category, category, service, impact, tested, start, start.plus(Duration.ofHours(1)));
    return json.readTree(app.postJson("/api/changes", "change-manager", PASSWORD, body)).path("number").asText();
  }

  private void post(StandaloneApplication app, String user, String number, String action, String body)
      throws Exception {
    app.postJson("/api/changes/" + number + "/" + action, user, PASSWORD, body);
  }

  /** The planned start is reached: its timer runs now. */
  private void startNow(StandaloneApplication app, String number) {
    runTimer(app, number, ChangeProcess.Elements.PLANNED_START, ChangeProcess.Elements.IMPLEMENT);
  }

  /** Runs a timer as the job executor would when it is due (the test application runs none). */
  private void runTimer(StandaloneApplication app, String number, String timerId, String taskKey) {
    ProcessEngine engine = app.bean(ProcessEngine.class);
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(timerId)
        .singleResult();
    engine.getManagementService().executeJob(timer.getId());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
        .count()).as(number + " waits at " + taskKey).isOne();
  }

}
