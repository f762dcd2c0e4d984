package org.itsmflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The requester side in headless Debian Chromium (playwright-core, src/test/browser/portal-*.js)
 * on the demo profile: an employee reports an issue and rates its closure; an order goes through
 * the team lead's approval and 2nd level's fulfilment. Screenshots stay in target/browser; the
 * README shows some of them (docs/images).
 */
@Iso20000("8.3.2")
@EnabledIfEnvironmentVariable(named = "ITSM_BROWSER_TESTS", matches = "true")
class PortalBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;

  @Test
  void anEmployeeReportsAnIssueFollowsItAndRatesItsClosure() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    try (StandaloneApplication app = start("portal-incident-test")) {
      publishKnownError(app, "Outlook password prompt keeps coming back", "Sign out of Outlook and in again");

      String output = BrowserScript.run(screenshots, "src/test/browser/portal-incident.js",
          "http://localhost:" + app.port(), "employee", "sd-agent", DemoUsers.PASSWORD, screenshots.toString());

      assertThat(output).contains("ok - an employee starts in the portal",
          "ok - searching first shows the published workaround", "ok - the resolution target shows with its time zone",
          "ok - on a phone the portal fits the screen", "ok - the workspace answers \"Not for you\" to an employee",
          "ok - the employee reads the public note, not the internal one", "ok - the rating shows on the ticket",
          "ok - staff see the requester's rating");
      assertThat(screenshots.resolve("portal-ticket.png")).exists();
    }
  }

  @Test
  void anOrderGoesThroughTheTeamLeadsApprovalAndFulfilmentToItsRating() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    try (StandaloneApplication app = start("portal-order-test")) {
      String output = BrowserScript.run(screenshots, "src/test/browser/portal-order.js",
          "http://localhost:" + app.port(), "employee", "team-lead", "l2-engineer", DemoUsers.PASSWORD,
          screenshots.toString());

      assertThat(output).contains("ok - the catalogue shows the item with its approval and cost",
          "ok - the order waits for the team lead", "ok - the approval list is empty again",
          "ok - the fulfilment task left the queue", "ok - the order is closed and rated");
    }
  }

  @Test
  void anAdministratorKeepsAnEmployeesOrganisationAndManagerOnThePeoplePage() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    try (StandaloneApplication app = start("portal-people-test")) {
      String output = BrowserScript.run(screenshots, "src/test/browser/admin-people.js",
          "http://localhost:" + app.port(), "admin", "Browser-Check-Pass-7", "employee", "service-owner",
          screenshots.toString());

      assertThat(output).contains("ok - the page tells a requester from staff",
          "ok - the saved profile shows the organisation", "ok - an unknown manager is refused, naming the field",
          "ok - the mailbox page says how to turn the e-mail channel on");
      assertThat(app.bean(RequesterProfiles.class).of("employee").managerId()).isEqualTo("service-owner");
    }
  }

  private StandaloneApplication start(String name) {
    return StandaloneApplication.start(name,
        Map.of("ITSM_DATA_DIR", dataDir.toString(), "itsm.admin.password", "Browser-Check-Pass-7"), "demo");
  }

  /** A problem on the e-mail service whose workaround is published as a known error. */
  private static void publishKnownError(StandaloneApplication app, String title, String workaround) throws Exception {
    String manager = "problem-manager";
    JsonNode problem = JSON.readTree(app.postJson("/api/problems", manager, DemoUsers.PASSWORD,
        "{\"title\": \"" + title + "\", \"description\": \"Seen by many\", \"serviceCode\": \"EMAIL\"}"));
    String number = problem.path("number").asText();
    app.postJson("/api/problems/" + number + "/categorisation", manager, DemoUsers.PASSWORD,
        "{\"decision\": \"accept\", \"category\": \"software\", \"impact\": 2, \"urgency\": 2}");
    app.postJson("/api/problems/" + number + "/rca", manager, DemoUsers.PASSWORD, "{\"method\": \"five-whys\", "
        + "\"findings\": \"Token cache\", \"rootCause\": \"Stale token cache\", \"causeCategory\": \"software\"}");
    app.postJson("/api/problems/" + number + "/workaround", manager, DemoUsers.PASSWORD,
        "{\"workaround\": \"" + workaround + "\"}");
  }
}
