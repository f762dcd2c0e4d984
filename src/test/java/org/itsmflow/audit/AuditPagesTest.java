package org.itsmflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audits' pages as process owners and other staff use them (the browser test fills them in Chromium). */
@Iso20000("9.2")
class AuditPagesTest extends ApplicationTest {

  @Autowired AuditProgramme programme;

  @AfterEach
  void leaveNoProgramme() {
    programme.list().forEach(e -> programme.remove(e.processKey()));
  }

  @Test
  void processOwnersKeepTheProgrammeOnThePageAndEveryoneReadsTheAudits() {
    WorkspaceSession owner = WorkspaceSession.signIn(rest.getRootUri(),
        user("audit-page-owner", RoleGroup.PROCESS_OWNERS.id()), PASSWORD);
    String page = owner.get("/audits").body();
    assertThat(page).contains("Internal audits").contains("No process is in the programme yet.")
        .contains("Save in the programme").contains("8.6.1 Incident management");

    var refused = owner.post("/audits/programme", Map.of("back", "/audits", "processKey", "problem-management",
        "importance", "high"));
    assertThat(owner.follow(refused).body()).contains("Not done:").contains("<code>clauses</code>");
    var saved = owner.post("/audits/programme", Map.of("back", "/audits", "processKey", "problem-management",
        "importance", "high", "clauses", "8.6.3", "nextDue", "2030-05-31"));
    String list = owner.follow(saved).body();
    assertThat(list).contains("Problem management (ISO 20000 8.6.3) is audited every 6 months; its next audit IA-")
        .contains("is due by 31 May 2030.").contains("due by 31 May 2030, scheduled");
    String id = list.replaceAll("(?s).*its next audit (IA-\\d{6}).*", "$1");
    String audit = owner.get("/audits/" + id).body();
    assertThat(audit).contains(id + ": internal audit of problem-management").contains("not planned yet")
        .contains("None recorded yet.").contains("31 May 2030");

    WorkspaceSession desk = WorkspaceSession.signIn(rest.getRootUri(),
        user("audit-page-desk", RoleGroup.SERVICE_DESK.id()), PASSWORD);
    assertThat(desk.get("/audits").body()).contains(id).doesNotContain("Save in the programme");
    assertThat(desk.post("/audits/programme/problem-management/remove", Map.of()).statusCode()).isEqualTo(403);
    assertThat(desk.get("/audits/IA-999999").statusCode()).isEqualTo(404);

    String traceability = desk.get("/audits/traceability").body();
    assertThat(traceability).contains("ISO/IEC 20000-1 traceability").contains("id=\"clause-9-2\"")
        .contains("internal-audit.bpmn").contains("Perform audit (userTask)")
        .contains("incident-priority.dmn").contains("Incident priority (ISO 20000 8.6.1) (decision)")
        .contains("/camunda/app/cockpit/default/#/process-definition/").contains("Not carried");
    assertThat(traceability.substring(traceability.indexOf("id=\"clause-8-2-5\""))).contains("Not carried");

    var removed = owner.post("/audits/programme/problem-management/remove", Map.of("back", "/audits"));
    assertThat(owner.follow(removed).body()).contains("problem-management is no longer in the audit programme.")
        .contains("No process is in the programme yet.").contains("cancelled");
  }
}
