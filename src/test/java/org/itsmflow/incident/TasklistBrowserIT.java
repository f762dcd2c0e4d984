package org.itsmflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.itsmflow.demo.DemoUsers;
import org.itsmflow.sla.SlaDeadline;
import org.itsmflow.support.BrowserScript;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service-desk agent works an incident in Tasklist, in headless Debian Chromium driven by
 * playwright-core (src/test/browser/tasklist-incident.js). Needs /usr/bin/chromium and
 * `npm ci`; .ci/run installs both and sets ITSM_BROWSER_TESTS=true. Screenshots stay in
 * target/browser.
 */
@Iso20000("8.6.1")
@EnabledIfEnvironmentVariable(named = "ITSM_BROWSER_TESTS", matches = "true")
class TasklistBrowserIT {

  private static final String TITLE = "Outlook cannot connect";
  private static final String MAJOR = """
      {"title": "Mail cluster down", "description": "Nobody can send mail", "serviceCode": "EMAIL",
       "impact": 1, "urgency": 1, "reportedBy": "NOC", "channel": "monitoring"}
      """;

  @TempDir Path dataDir;

  @Test
  void agentSeesTheIncidentInTheQueueAndResolvesItThroughTheForm() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    try (StandaloneApplication app = StandaloneApplication.start("browser-test",
        Map.of("ITSM_DATA_DIR", dataDir.toString(), "itsm.admin.password", "Browser-Check-Pass-7"), "demo")) {
      String created = app.postJson("/api/incidents", "sd-agent", DemoUsers.PASSWORD, """
          {"title": "%s", "description": "Since 9:00", "serviceCode": "EMAIL", "impact": 2, "urgency": 2,
           "reportedBy": "Jane Roe", "channel": "phone"}
          """.formatted(TITLE));
      String number = new ObjectMapper().readTree(created).path("number").asText();

      String output = BrowserScript.run(screenshots, "src/test/browser/tasklist-incident.js", "http://localhost:" + app.port(),
          "sd-agent", DemoUsers.PASSWORD, number, TITLE, "Since 9:00", screenshots.toString(), "Jane Roe");

      assertThat(output).contains("ok - the form shows the incident number",
          "ok - the form shows the description, read from the record", "ok - the outcome is not chosen in advance",
          "ok - the form links to the record page");
      Incident resolved = app.bean(Incidents.class).get(number);
      assertThat(resolved.status()).isEqualTo(IncidentStatus.RESOLVED);
      assertThat(resolved.resolutionCode()).isEqualTo("fixed");
      assertThat(screenshots.resolve("tasklist-incident-form.png")).exists();
    }
  }

  @Test
  void everyIncidentFormRendersAndTheStartFormLogsAnIncident() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    try (StandaloneApplication app = StandaloneApplication.start("browser-forms-test",
        Map.of("ITSM_DATA_DIR", dataDir.toString(), "itsm.admin.password", "Browser-Check-Pass-7"), "demo")) {
      ObjectMapper json = new ObjectMapper();
      String breached = json.readTree(app.postJson("/api/incidents", "sd-agent", DemoUsers.PASSWORD, MAJOR))
          .path("number").asText();
      breachResponseTarget(app, breached);
      String reviewed = json.readTree(app.postJson("/api/incidents", "sd-agent", DemoUsers.PASSWORD, MAJOR))
          .path("number").asText();
      app.postJson("/api/incidents/" + reviewed + "/resolve", "sd-agent", DemoUsers.PASSWORD,
          "{\"resolutionCode\": \"fixed\", \"resolution\": \"Failover\"}");
      app.postJson("/api/incidents/" + reviewed + "/close", "sd-agent", DemoUsers.PASSWORD, "{}");

      String output = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", "http://localhost:" + app.port(),
          "incident-manager", DemoUsers.PASSWORD, "Incident managers queue", screenshots.toString(),
          "Lead major incident=Coordination notes", "Intervene on SLA breach=What did you do?",
          "Review major incident=Improvement opportunities", "start:Incident management=What happened?");

      assertThat(output).contains("ok - Review major incident");
      assertThat(app.bean(Incidents.class).find(new IncidentQuery(true, null, null, "EMAIL", null, null, 0, 50)))
          .as("the start form logged an incident").anySatisfy(incident -> {
            assertThat(incident.title()).isEqualTo("Logged from Tasklist");
            assertThat(incident.priority()).isEqualTo(3);
            assertThat(incident.reportedBy()).isEqualTo("John Doe");
          });
    }
  }

  /** Runs the incident's response breach timer now, as the job executor would when due. */
  private static void breachResponseTarget(StandaloneApplication app, String number) {
    ProcessEngine engine = app.bean(ProcessEngine.class);
    String incident = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(IncidentProcess.KEY).processInstanceBusinessKey(number).singleResult().getId();
    Job breach = engine.getManagementService().createJobQuery().processInstanceId(incident)
        .activityId(SlaDeadline.RESPONSE_BREACH.timerId()).singleResult();
    ClockUtil.setCurrentTime(breach.getDuedate());
    try {
      engine.getManagementService().executeJob(breach.getId());
    } finally {
      ClockUtil.reset();
    }
  }
}
