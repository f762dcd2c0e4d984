package org.itsmflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Every form of service requests, continual improvement and corrective action renders in
 * Tasklist with the record's data for the role that works it (headless Debian Chromium,
 * playwright-core; screenshots in target/browser).
 */
@Iso20000({"8.6.2", "10.2", "10.1", "9.3"})
@EnabledIfEnvironmentVariable(named = "ITSM_BROWSER_TESTS", matches = "true")
class ImprovementFormsBrowserIT {

  private static final String PASSWORD = DemoUsers.PASSWORD;
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path dataDir;

  @Test
  void everyRequestImprovementAndNonconformityFormRenders() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    try (StandaloneApplication app = StandaloneApplication.start("browser-improvement-test",
        Map.of("ITSM_DATA_DIR", dataDir.toString(), "itsm.admin.password", "Browser-Check-Pass-7"), "demo")) {
      // Requests: one awaiting the service owner's approval, one in fulfilment.
      post(app, "sd-agent", "/api/requests", "{\"itemCode\": \"PAYROLL-ACCESS\", \"details\": {\"reason\": \"Audit\"}}");
      post(app, "sd-agent", "/api/requests", "{\"itemCode\": \"SHARED-MAILBOX\", \"details\": {\"name\": \"hr-team\", "
          + "\"members\": \"ann, bob\"}}");
      // Improvements at approval, planning, implementation and measurement.
      String approve = improvement(app);
      String plan = improvement(app);
      post(app, "process-owner", "/api/improvements/" + plan + "/decision", "{\"decision\": \"approve\", \"reason\": \"Yes\"}");
      String implement = improvement(app);
      approveAndPlan(app, implement);
      String measure = improvement(app);
      approveAndPlan(app, measure);
      post(app, "process-owner", "/api/improvements/" + measure + "/implementation", "{\"notes\": \"Done\"}");
      runTimer(app, measure);
      // Nonconformities at correction, analysis, action planning, action and review.
      nonconformity(app);
      String analyse = nonconformity(app);
      post(app, "process-owner", "/api/nonconformities/" + analyse + "/correction", "{\"text\": \"Corrected\"}");
      String action = nonconformity(app);
      post(app, "process-owner", "/api/nonconformities/" + action + "/correction", "{\"text\": \"Corrected\"}");
      post(app, "process-owner", "/api/nonconformities/" + action + "/cause", "{\"text\": \"No owner\"}");
      String review = nonconformity(app);
      post(app, "process-owner", "/api/nonconformities/" + review + "/correction", "{\"text\": \"Corrected\"}");
      post(app, "process-owner", "/api/nonconformities/" + review + "/cause", "{\"text\": \"No owner\"}");
      post(app, "process-owner", "/api/nonconformities/" + review + "/action", "{\"action\": \"Name an owner\", "
          + "\"owner\": \"process-owner\", \"due\": \"2099-01-01T12:00:00Z\"}");
      String reviewed = nonconformity(app);
      post(app, "process-owner", "/api/nonconformities/" + reviewed + "/correction", "{\"text\": \"Corrected\"}");
      post(app, "process-owner", "/api/nonconformities/" + reviewed + "/cause", "{\"text\": \"No owner\"}");
      post(app, "process-owner", "/api/nonconformities/" + reviewed + "/action", "{\"action\": \"Owner named\", "
          + "\"owner\": \"process-owner\", \"due\": \"2099-01-01T12:00:00Z\"}");
      post(app, "process-owner", "/api/nonconformities/" + reviewed + "/action-done", "{\"text\": \"Named Paul\"}");
      runTimer(app, reviewed);
      // A management review waiting to be held (its timer's run, started now).
      app.bean(org.camunda.bpm.engine.ProcessEngine.class).getRuntimeService()
          .startProcessInstanceByKey("management-review");
      String base = "http://localhost:" + app.port();

      String owners = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "service-owner",
          PASSWORD, "Service owners queue", screenshots.toString(), "Approve request=Details~Audit");
      String fulfillers = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "l2-engineer",
          PASSWORD, "Support 2nd level queue", screenshots.toString(),
          "Fulfil request=Fulfilment instructions~Create the mailbox");
      String desk = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "sd-agent",
          PASSWORD, "Service desk queue", screenshots.toString(), "startform:Service request=Line manager",
          "startform:Continual improvement=Alignment with the objectives");
      String processOwners = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base,
          "process-owner", PASSWORD, "Process owners queue", screenshots.toString(),
          "Approve improvement=Owner group", "Plan improvement=Review period", "Implement improvement=What was done",
          "Measure outcome=Actual value", "Take immediate correction=Correction taken", "Analyse cause=Cause",
          "Plan corrective action=Owner (user id)", "Review effectiveness=What was done~Named Paul",
          "Hold management review=Improvements for the register",
          "startform:Nonconformity=ISO 20000 clause");
      String actionOwner = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "process-owner",
          PASSWORD, "My tasks", screenshots.toString(), "Implement corrective action=Corrective action~Name an owner");

      assertThat(owners).contains("ok - Approve request");
      assertThat(fulfillers).contains("ok - Fulfil request");
      assertThat(desk).contains("ok - startform:Service request", "ok - startform:Continual improvement");
      assertThat(processOwners).contains("ok - Hold management review", "ok - Approve improvement", "ok - Measure outcome",
          "ok - Plan corrective action", "ok - Review effectiveness", "ok - startform:Nonconformity");
      assertThat(actionOwner).contains("ok - Implement corrective action");
    }
  }

  private String improvement(StandaloneApplication app) throws Exception {
    return read(post(app, "sd-agent", "/api/improvements", "{\"title\": \"Self-service password reset\", "
        + "\"description\": \"A third of calls are password resets\", \"benefit\": \"high\"}"))
        .path("improvement").path("number").asText();
  }

  private void approveAndPlan(StandaloneApplication app, String number) throws Exception {
    post(app, "process-owner", "/api/improvements/" + number + "/decision", "{\"decision\": \"approve\", \"reason\": \"Yes\"}");
    post(app, "process-owner", "/api/improvements/" + number + "/plan", "{\"expectedOutcome\": \"Fewer calls\", "
        + "\"measure\": \"Password calls per month\", \"targetValue\": \"-50 %\", \"reviewDays\": 30}");
  }

  private String nonconformity(StandaloneApplication app) throws Exception {
    return read(post(app, "process-owner", "/api/nonconformities", "{\"title\": \"Unowned SLA report\", "
        + "\"description\": \"Audit finding 7\", \"source\": \"audit-finding\", \"clause\": \"8.3.3\"}"))
        .path("nonconformity").path("number").asText();
  }

  private String post(StandaloneApplication app, String user, String path, String body) throws Exception {
    return app.postJson(path, user, PASSWORD, body);
  }

  private JsonNode read(String body) throws Exception {
    return json.readTree(body);
  }

  private void runTimer(StandaloneApplication app, String number) {
    ProcessEngine engine = app.bean(ProcessEngine.class);
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }
}
