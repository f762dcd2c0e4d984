package org.itsmflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.demo.DemoUsers;
import org.itsmflow.support.BrowserScript;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Objectives, the audit programme and the traceability page as a process owner uses them, and the
 * internal audit's two forms in Tasklist for the process owners and the auditor (headless Debian
 * Chromium, playwright-core; screenshots in target/browser).
 */
@Iso20000({"9.2", "6.2"})
@EnabledIfEnvironmentVariable(named = "ITSM_BROWSER_TESTS", matches = "true")
class AuditBrowserIT {

  @TempDir Path dataDir;

  @Test
  void aProcessOwnerKeepsObjectivesAndTheAuditProgrammeAndAuditsAreWorkedInTasklist() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    try (StandaloneApplication app = StandaloneApplication.start("browser-audit-test",
        Map.of("ITSM_DATA_DIR", dataDir.toString(), "itsm.admin.password", "Browser-Check-Pass-7"), "demo")) {
      String base = "http://localhost:" + app.port();
      LocalDate soon = LocalDate.now(ZoneOffset.UTC).plusDays(10);

      String pages = BrowserScript.run(screenshots, "src/test/browser/audits.js", base, "process-owner",
          DemoUsers.PASSWORD, screenshots.toString(), soon.toString());
      assertThat(pages).contains("ok - the objective is listed", "ok - the programme schedules the next audit",
          "ok - the audit shows what it covers", "ok - each clause names its model elements and tests",
          "ok - a test class opens to its tests",
          "ok - clauses ITSM Flow does not carry say so");

      // The incident audit is due in ten days: its planning starts now. A second audit, of service
      // requests, is planned for today with the demo auditor, so that its form opens in Tasklist.
      ProcessEngine engine = app.bean(ProcessEngine.class);
      app.putJson("/api/audit-programme/service-request", "process-owner", DemoUsers.PASSWORD,
          "{\"clauses\": [\"8.6.2\"], \"importance\": \"low\", \"nextDue\": \"" + soon + "\"}");
      for (Job timer : engine.getManagementService().createJobQuery().processDefinitionKey("internal-audit")
          .timers().list()) {
        engine.getManagementService().executeJob(timer.getId());
      }
      String requestAudit = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(
          "internal-audit").list().stream().filter(p -> engine.getRuntimeService().getVariable(p.getId(),
              "recordTitle").toString().endsWith("service-request")).findFirst().orElseThrow().getId();
      Task plan = engine.getTaskService().createTaskQuery().processInstanceId(requestAudit).singleResult();
      engine.getTaskService().complete(plan.getId(), Map.of("auditor", "auditor", "auditOn",
          LocalDate.now(app.bean(org.itsmflow.workspace.ViewerTime.class).zone()).toString(),
          "auditScope", "Requests of the last year", "auditCriteria", "8.6.2; the request catalogue"));
      Job day = engine.getManagementService().createJobQuery().processInstanceId(requestAudit).timers().singleResult();
      engine.getManagementService().executeJob(day.getId());

      String owners = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "process-owner",
          DemoUsers.PASSWORD, "Process owners queue", screenshots.toString(),
          "Plan audit=Auditor (user id)", "Plan audit=Clauses~8.3.3, 8.6.1");
      String auditor = BrowserScript.run(screenshots, "src/test/browser/tasklist-forms.js", base, "auditor",
          DemoUsers.PASSWORD, "My tasks", screenshots.toString(),
          "Perform audit=Findings", "Perform audit=Scope~Requests of the last year");
      assertThat(owners).contains("ok - Plan audit");
      assertThat(auditor).contains("ok - Perform audit");
    }
  }
}
