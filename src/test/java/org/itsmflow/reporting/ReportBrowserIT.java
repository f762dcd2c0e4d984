package org.itsmflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.demo.DemoUsers;
import org.itsmflow.support.BrowserScript;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports in headless Debian Chromium on the demo profile: an incident manager's dashboard
 * (src/test/browser/reports.js); the monthly service report's review in Tasklist; the release
 * managers' dashboard and a service's reports page with its archive and recipients
 * (src/test/browser/reports-service.js).
 */
@Iso20000({"9.4", "9.1"})
@EnabledIfEnvironmentVariable(named = "ITSM_BROWSER_TESTS", matches = "true")
class ReportBrowserIT {

  @TempDir Path dataDir;

  @Test
  void anIncidentManagerReadsTheDashboardAndOpensTheRecordsBehindABar() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    try (StandaloneApplication app = StandaloneApplication.start("report-test",
        Map.of("ITSM_DATA_DIR", dataDir.toString(), "itsm.admin.password", "Browser-Check-Pass-7"), "demo")) {
      for (int urgency = 1; urgency <= 3; urgency++) {
        String number = new com.fasterxml.jackson.databind.ObjectMapper().readTree(app.postJson("/api/incidents",
            "sd-agent", DemoUsers.PASSWORD, """
            {"title": "Report %d", "description": "x", "serviceCode": "EMAIL", "impact": 2, "urgency": %d}
            """.formatted(urgency, urgency))).path("number").asText();
        if (urgency > 1) {
          app.postJson("/api/incidents/" + number + "/resolve", "sd-agent", DemoUsers.PASSWORD,
              "{\"resolutionCode\": \"fixed\", \"resolution\": \"Restarted the client\"}");
        }
      }

      String output = BrowserScript.run(screenshots, "src/test/browser/reports.js", "http://localhost:" + app.port(),
          "incident-manager", DemoUsers.PASSWORD, screenshots.toString());

      assertThat(output).contains("ok - the measures are drawn as charts", "ok - each chart says what it counts",
          "ok - the period is read in the viewer's zone", "ok - a row opens the incidents behind its bar");

      // The monthly run (its timer moved to now): the E-mail service's review waits in Tasklist.
      ProcessEngine engine = app.bean(ProcessEngine.class);
      String run = engine.getRuntimeService().startProcessInstanceByKey("service-reporting").getId();
      runJobs(engine, run);
      Task review = reviewOfEmail(engine);
      String base = "http://localhost:" + app.port();
      String tasklist = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "service-owner",
          DemoUsers.PASSWORD, "Service owners queue", screenshots.toString(),
          // "Month" is also in the list ("monthly"): its check first, so the last screenshot waits for the form.
          "E-mail: report for=Month~" + ServiceReport.monthName(java.time.YearMonth.now(java.time.ZoneOffset.UTC)
              .minusMonths(1)), "E-mail: report for=Comment from the service owner",
          "E-mail: report for=Service code~EMAIL");
      assertThat(tasklist).contains("ok - E-mail: report for shows \"Comment", "ok - E-mail: report for shows \"Service");
      engine.getIdentityService().setAuthentication("service-owner", java.util.List.of("service-owners"));
      try {
        engine.getTaskService().complete(review.getId(), Map.of("reportComment", "Two outages in one week; both "
            + "caused by the same storage controller, now replaced."));
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      runJobs(engine, run);
      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(run)
          .activityId("Event_ServiceReported").finished().count()).as("E-mail's report archived and sent").isOne();

      String owner = BrowserScript.run(screenshots, "src/test/browser/reports-service.js", base, "service-owner",
          DemoUsers.PASSWORD, screenshots.toString());
      assertThat(owner).contains("ok - the release managers' dashboard draws its measures",
          "ok - the archive shows the report as it went out", "ok - the owner names the recipients",
          "ok - the archived PDF downloads");
    }
  }

  /** The test application runs no job executor: the branches' jobs (start, archive, send) are run here. */
  private static void runJobs(ProcessEngine engine, String instanceId) {
    for (int round = 0; round < 10; round++) {
      var jobs = engine.getManagementService().createJobQuery().processInstanceId(instanceId).executable().messages()
          .list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private static Task reviewOfEmail(ProcessEngine engine) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReviewServiceReport").list().stream()
        .filter(t -> "EMAIL".equals(engine.getTaskService().getVariable(t.getId(), "serviceCode"))).findFirst()
        .orElseThrow(() -> new AssertionError("no review task for EMAIL"));
  }
}
