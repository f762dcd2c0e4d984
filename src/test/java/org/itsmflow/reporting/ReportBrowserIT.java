package org.itsmflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.itsmflow.demo.DemoUsers;
import org.itsmflow.support.BrowserScript;
import org.itsmflow.support.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** The reports' dashboards drawn in headless Debian Chromium (src/test/browser/reports.js) on the demo profile. */
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
    }
  }
}
