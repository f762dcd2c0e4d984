package org.itsmflow.mailin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Process mail-intake with the messages already taken from the mailbox (the test context has no
 * mailbox: MailIntakeIT polls a real one): each message is handled in its own job, once, as its
 * sender, into a new incident, a comment, a confirmation or a reopening, or dropped and counted.
 */
@Iso20000("8.6.1")
class MailIntakeProcessTest extends ApplicationTest {

  private static final String SENDER = "mail-in-ann";
  private static final String ADDRESS = "ann.mailin@example.test";

  @Autowired JdbcTemplate jdbc;
  @Autowired MailIntake intake;

  @BeforeEach
  void setUp() {
    // A service mail-routing names (and the demo catalogue replaces if its test runs later: not EMAIL,
    // whose presence tells the demo catalogue it was created before).
    if (jdbc.queryForObject("SELECT count(*) FROM itsm_service WHERE code = 'PAYROLL'", Integer.class) == 0) {
      jdbc.update("INSERT INTO itsm_service (code, name, owner_group, criticality, status, calendar_id) "
          + "VALUES ('PAYROLL', 'Payroll', 'service-owners', 2, 'LIVE', '24x7')");
    }
    user(SENDER);
    IdentityService identity = engine.getIdentityService();
    User ann = identity.createUserQuery().userId(SENDER).singleResult();
    if (ann.getEmail() == null) {
      ann.setEmail(ADDRESS);
      identity.saveUser(ann);
    }
  }

  @Test
  void theTimerTakesNothingWithoutAMailboxAndIsSuspendedThere() {
    ManagementService management = engine.getManagementService();
    Job timer = management.createJobQuery().processDefinitionKey(ProcessCatalog.MAIL_INTAKE).timers().singleResult();
    assertThat(timer.isSuspended()).as("no ITSM_MAIL_IN_HOST in the tests").isTrue();
    assertThat(intake.collect()).isEmpty();
  }

  @Test
  void aNewMessageFromAKnownPersonOpensAnIncidentWithItsFileForTheServiceItsWordsName() {
    long id = keep("<new-1@example.test>", """
        From: Ann <%s>
        Subject: My payslip for November is missing
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/plain; charset=UTF-8

        Every ten minutes since this morning.
        --b1
        Content-Type: text/plain; name="error.txt"
        Content-Disposition: attachment; filename="error.txt"

        0x800CCC0E
        --b1--
        """.formatted(ADDRESS));

    ProcessInstance run = handle(id);

    assertThat(run).hasPassed("Task_HandleServiceDeskMail").isEnded();
    Map<String, Object> row = row(id);
    assertThat(row.get("OUTCOME")).isEqualTo("incident");
    String number = (String) row.get("RECORD_NUMBER");
    assertThat(jdbc.queryForMap("SELECT title, description, service_code, reported_by, channel FROM itsm_incident "
        + "WHERE number = ?", number)).containsValues("My payslip for November is missing",
        "Every ten minutes since this morning.", "PAYROLL", SENDER, "email");
    assertThat(jdbc.queryForList("SELECT file_name || '/' || visibility || '/' || uploaded_by FROM itsm_attachment "
        + "WHERE number = ?", String.class, number)).containsExactly("error.txt/public/" + SENDER);
    assertThat(row.get("CONTENT")).as("the ticket keeps the text and files").isNull();
    // A second run of the same job (a retry) finds it handled.
    assertThat(intake.handle(id)).isEqualTo("incident");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_incident WHERE reported_by = ? AND title = ?",
        Integer.class, SENDER, "My payslip for November is missing")).isOne();
  }

  @Test
  void repliesBecomeCommentsAndConfirmOrReopenAResolvedIncidentByKeyword() {
    String agent = user("mail-in-agent", RoleGroup.SERVICE_DESK.id(), RoleGroup.SUPPORT_2ND_LEVEL.id());
    String number = incidentBy(SENDER);

    handle(keep("<re-1@example.test>", reply(number, "The error is back after a restart.")));
    assertThat(publicNotes(number)).contains("The error is back after a restart.");

    resolve(agent, number);
    ProcessInstance reopen = handle(keep("<re-2@example.test>", reply(number, "Still broken, same message.")));
    assertThat(reopen).isEnded();
    assertThat(status(number)).isEqualTo("IN_PROGRESS");

    resolve(agent, number);
    long confirm = keep("<re-3@example.test>", reply(number, "Works now, thank you!"));
    handle(confirm);
    assertThat(row(confirm).get("OUTCOME")).isEqualTo("confirmed");
    assertThat(status(number)).isEqualTo("CLOSED");

    long late = keep("<re-4@example.test>", reply(number, "One more thing"));
    handle(late);
    assertThat(row(late).get("OUTCOME")).isEqualTo("refused");
    assertThat(answers(late)).singleElement().asString().contains("is closed and takes no more replies");
  }

  @Test
  void strangersMachinesOurOwnMailAndBrokenMessagesAreDroppedAndCountedNeverAnswered() {
    long stranger = keep("<x-1@example.test>", "From: someone@elsewhere.test\nSubject: Help\n\nPlease\n");
    long away = keep("<x-2@example.test>", "From: %s\nAuto-Submitted: auto-replied\nSubject: Out of office\n\nAway\n"
        .formatted(ADDRESS));
    long loop = keep("<x-3@example.test>", "From: %s\nX-ITSM-Flow: INC-000001\nSubject: [INC-000001] We have it\n\nx\n"
        .formatted(ADDRESS));
    long broken = keep("<x-4@example.test>", "From: %s\nSubject: x\nContent-Type: multipart/mixed; boundary=\"zz\"\n\nno parts\n"
        .formatted(ADDRESS));
    int incidents = jdbc.queryForObject("SELECT count(*) FROM itsm_incident", Integer.class);

    handle(stranger, away, loop, broken);

    assertThat(List.of(stranger, away, loop, broken)).extracting(id -> row(id).get("OUTCOME"))
        .containsExactly("unknown-sender", "auto-reply", "loop", "malformed");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_incident", Integer.class)).isEqualTo(incidents);
    assertThat(List.of(stranger, away, loop, broken)).allSatisfy(id -> assertThat(answers(id)).isEmpty());
    String admin = user("mail-in-admin", RoleGroup.ADMIN_GROUP);
    com.fasterxml.jackson.databind.JsonNode summary = as(admin).getForObject("/api/admin/mail-in",
        com.fasterxml.jackson.databind.JsonNode.class);
    assertThat(summary.path("enabled").asBoolean()).isFalse();
    for (String outcome : List.of("unknown-sender", "auto-reply", "loop", "malformed")) {
      assertThat(summary.path("counts").path(outcome).asInt()).as(outcome).isPositive();
    }
    assertThat(as(user("mail-in-desk", RoleGroup.SERVICE_DESK.id())).getForEntity("/api/admin/mail-in", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aMessageOverTheLimitIsAnsweredAndKeepsNothing() {
    jdbc.update("INSERT INTO itsm_mail_in (message_id, received_at, sender, subject, size_bytes) VALUES "
        + "('<big-1@example.test>', CURRENT_TIMESTAMP, ?, 'Scan of the contract', 31457280)", "Ann <" + ADDRESS + ">");
    long id = jdbc.queryForObject("SELECT id FROM itsm_mail_in WHERE message_id = '<big-1@example.test>'", Long.class);

    handle(id);

    assertThat(row(id).get("OUTCOME")).isEqualTo("too-large");
    assertThat(answers(id)).singleElement().asString().contains("(30 MB) is larger than the 25 MB");
  }

  @Test
  void aReplyAboutSomeoneElsesTicketOrAFileWeDoNotTakeIsRefusedWithTheReasonAndChangesNothing() {
    String number = incidentBy(user("mail-in-other"));
    long foreign = keep("<f-1@example.test>", reply(number, "Me too"));
    long exe = keep("<f-2@example.test>", """
        From: %s
        Subject: Tool crashes
        Content-Type: multipart/mixed; boundary="b2"

        --b2
        Content-Type: text/plain

        See the tool
        --b2
        Content-Type: application/x-msdownload; name="tool.exe"
        Content-Disposition: attachment; filename="tool.exe"
        Content-Transfer-Encoding: base64

        TVqQAAMAAAAEAAAA
        --b2--
        """.formatted(ADDRESS));
    int incidents = jdbc.queryForObject("SELECT count(*) FROM itsm_incident", Integer.class);

    handle(foreign, exe);

    assertThat(row(foreign).get("OUTCOME")).isEqualTo("refused");
    assertThat(answers(foreign)).singleElement().asString().contains("There is no ticket " + number + " of yours");
    assertThat(publicNotes(number)).doesNotContain("Me too");
    assertThat(row(exe).get("OUTCOME")).isEqualTo("refused");
    assertThat(answers(exe)).singleElement().asString().contains("The file tool.exe cannot be kept");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_incident", Integer.class)).isEqualTo(incidents);
  }

  private long keep(String messageId, String raw) {
    byte[] content = ("Message-ID: " + messageId + "\n" + raw).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    jdbc.update("INSERT INTO itsm_mail_in (message_id, received_at, sender, subject, size_bytes, content) "
        + "VALUES (?, CURRENT_TIMESTAMP, ?, 'kept by the test', ?, ?)", messageId, ADDRESS, content.length, content);
    return jdbc.queryForObject("SELECT id FROM itsm_mail_in WHERE message_id = ?", Long.class, messageId);
  }

  /** Runs mail-intake from its multi-instance for these messages, each in its own job, as the job executor would. */
  private ProcessInstance handle(Long... ids) {
    ProcessInstance run = engine.getRuntimeService().createProcessInstanceByKey(ProcessCatalog.MAIL_INTAKE)
        .startBeforeActivity("Task_HandleServiceDeskMail#multiInstanceBody")
        .setVariable(CollectServiceDeskMail.MAIL_IDS, List.of(ids))
        .execute();
    assertThat(run).isWaitingAt("Task_HandleServiceDeskMail");
    ManagementService management = engine.getManagementService();
    for (Job job : management.createJobQuery().processInstanceId(run.getId()).list()) {
      management.executeJob(job.getId());
    }
    assertThat(run).isEnded();
    return run;
  }

  private String incidentBy(String requester) {
    return send(as(requester), POST, "/api/portal/incidents", """
        {"title": "Payslip missing", "description": "x", "serviceCode": "PAYROLL", "impact": 3, "urgency": 3}
        """).getBody().path("number").asText();
  }

  private void resolve(String agent, String number) {
    assertThat(send(as(agent), POST, "/api/incidents/" + number + "/resolve",
        "{\"resolutionCode\": \"fixed\", \"resolution\": \"Reset the profile\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static String reply(String number, String text) {
    return "From: Ann <" + ADDRESS + ">\nSubject: RE: [ITSM Flow] [" + number + "] Resolved: Outlook\n\n" + text
        + "\n\n-----Original Message-----\nFrom: desk\n> old text\n";
  }

  private Map<String, Object> row(long id) {
    return jdbc.queryForMap("SELECT outcome, record_number, content FROM itsm_mail_in WHERE id = ?", id);
  }

  private List<String> answers(long id) {
    return jdbc.queryForList("SELECT body FROM itsm_notification WHERE dedup_key LIKE ?", String.class,
        "mail-in:" + id + ":%");
  }

  private List<String> publicNotes(String number) {
    return jdbc.queryForList("SELECT text FROM itsm_work_log WHERE number = ? AND action = 'work-note' "
        + "AND visibility = 'public'", String.class, number);
  }

  private String status(String number) {
    return jdbc.queryForObject("SELECT status FROM itsm_incident WHERE number = ?", String.class, number);
  }
}
