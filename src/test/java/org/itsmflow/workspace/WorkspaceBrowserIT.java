package org.itsmflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.itsmflow.demo.DemoUsers;
import org.itsmflow.support.BrowserScript;
import org.itsmflow.support.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service-desk agent's day one in the workspace, in headless Debian Chromium driven by
 * playwright-core (src/test/browser/workspace-incident.js), on the demo profile. Screenshots stay
 * in target/browser; the README shows three of them (docs/images).
 */
@EnabledIfEnvironmentVariable(named = "ITSM_BROWSER_TESTS", matches = "true")
class WorkspaceBrowserIT {

  @TempDir Path dataDir;

  @Test
  void anAgentLogsWorksAndClosesAnIncidentWithoutJson() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    try (StandaloneApplication app = StandaloneApplication.start("workspace-test",
        Map.of("ITSM_DATA_DIR", dataDir.toString(), "itsm.admin.password", "Browser-Check-Pass-7"), "demo")) {

      String output = BrowserScript.run(screenshots, "src/test/browser/workspace-incident.js",
          "http://localhost:" + app.port(), "sd-agent", "l2-engineer", DemoUsers.PASSWORD, screenshots.toString());

      assertThat(output).contains("ok - the record page downloads its evidence pack",
          "ok - the new incident shows its number at once",
          "ok - the list shows the incident as on hold", "ok - Tasklist opens signed in, no second login",
          "ok - the incident is closed", "ok - after signing out of Tasklist the workspace asks to sign in");
      assertThat(screenshots.resolve("workspace-incident.png")).exists();
    }
  }

  @Test
  void aChangeManagerRaisesAnRfcSeesItsFreezeConflictReschedulesItAndLooksUpACi() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    try (StandaloneApplication app = StandaloneApplication.start("workspace-change-test",
        Map.of("ITSM_DATA_DIR", dataDir.toString(), "itsm.admin.password", "Browser-Check-Pass-7"), "demo")) {
      LocalDate freezeStart = LocalDate.now(ZoneOffset.UTC).plusDays(20);
      app.putJson("/api/change-templates/QUEUE-RESTART", "change-manager", DemoUsers.PASSWORD, """
          {"name": "Mail queue restart", "description": "Restart the mail queue", "implementationPlan": "Restart",
           "backoutPlan": "Start the previous version"}""");
      app.postJson("/api/change-freezes", "change-manager", DemoUsers.PASSWORD, """
          {"name": "Quarter close", "startsAt": "%sT00:00:00Z", "endsAt": "%sT00:00:00Z", "serviceCode": "EMAIL"}"""
          .formatted(freezeStart, freezeStart.plusDays(4)));

      String output = BrowserScript.run(screenshots, "src/test/browser/workspace-change.js",
          "http://localhost:" + app.port(), "change-manager", DemoUsers.PASSWORD, screenshots.toString(),
          freezeStart.plusDays(1).toString(), freezeStart.plusDays(7).toString());

      assertThat(output).contains("ok - the calendar marks the change in the freeze",
          "ok - the rescheduled change sits outside the freeze", "ok - the CI page shows what its failure reaches");
    }
  }
}
