package org.itsmflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.itsmflow.support.Json.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.notification.MailChannel;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.Iso20000;
import org.itsmflow.workspace.ViewerTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Process service-reporting: once a month every live service's report for the month before goes
 * to its owner group to review and comment, then is archived with its PDF and numbers and
 * e-mailed to the service's report recipients; unreviewed after a week it goes out as it is.
 * Timers are fired by moving the engine clock.
 */
@Iso20000({"9.4", "8.3.3"})
class ServiceReportingProcessTest extends ApplicationTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired JdbcTemplate jdbc;
  @Autowired ServiceReportDelivery delivery;
  @Autowired ServiceCatalogue services;
  @Autowired ServiceReport serviceReport;
  @Autowired ViewerTime time;
  @Autowired ObjectMapper json;
  @Autowired CurrentUser currentUser;

  private String service;
  private String owner;

  @BeforeEach
  void setUp() {
    service = Fixtures.service(jdbc, 2);
    owner = user("report-owner", RoleGroup.SERVICE_OWNERS.id());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theMonthlyTimerSendsLastMonthsReportOfEveryLiveServiceToItsOwnersWhoCommentInTasklist() throws Exception {
    ManagementService management = engine.getManagementService();
    Job timer = management.createJobQuery().processDefinitionKey(ProcessCatalog.SERVICE_REPORTING)
        .activityId("Event_MonthlyReportsDue").timers().singleResult();
    LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(due.getDayOfMonth()).as("the model's schedule: the 2nd of each month").isEqualTo(2);
    assertThat(due.toLocalTime()).hasToString("06:00");
    String retired = Fixtures.service(jdbc, 3);
    jdbc.update("UPDATE itsm_service SET status = 'RETIRED' WHERE code = ?", retired);

    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
    ProcessInstance run = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessCatalog.SERVICE_REPORTING).orderByProcessInstanceId().desc().list().stream()
        .filter(instance -> !instance.isEnded()).findFirst().orElseThrow();
    YearMonth month = YearMonth.from(due).minusMonths(1);
    assertThat(engine.getRuntimeService().getVariable(run.getId(), "reportMonth")).isEqualTo(month.toString());
    executeJobs(run);

    Task review = reviewOf(run, service);
    assertThat(reviewOf(run, retired)).as("retired services are not reported").isNull();
    assertThat(review.getName()).isEqualTo("Review and comment");
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId())).extracting(l -> l.getGroupId())
        .contains(RoleGroup.SERVICE_OWNERS.id());
    assertThat(engine.getTaskService().getVariables(review.getId())).containsEntry("serviceName", "Test service")
        .containsEntry("serviceCode", service).containsEntry("reportMonth", month.toString())
        .containsEntry("reportMonthName", ServiceReport.monthName(month)).containsEntry("recordNumber", service)
        .containsEntry("recordTitle", "Test service: report for " + ServiceReport.monthName(month));
    assertThat(engine.getTaskService().getVariablesLocal(review.getId())).as("what Tasklist's lists show")
        .containsOnlyKeys("recordNumber", "recordTitle");
    assertThat(status(service, month)).isEqualTo("IN_REVIEW");

    // Tasklist's door: the owner completes the form; a variable the form does not have is refused.
    ResponseEntity<JsonNode> refused = send(as(owner), HttpMethod.POST, "/engine-rest/task/" + review.getId()
        + "/complete", "{\"variables\": {\"serviceCode\": {\"value\": \"OTHER\"}}}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<JsonNode> done = send(as(owner), HttpMethod.POST, "/engine-rest/task/" + review.getId()
        + "/complete", "{\"variables\": {\"reportComment\": {\"value\": \"Two long outages; the new firewall "
            + "is in since the 20th.\", \"type\": \"String\"}}}");
    assertThat(done.getStatusCode().is2xxSuccessful()).as(String.valueOf(done.getBody())).isTrue();
    Map<String, Object> reviewed = row(service, month);
    assertThat(reviewed).containsEntry("STATUS", "REVIEWED").containsEntry("REVIEWED_BY", owner);

    executeJobs(run);
    assertThat(run).hasPassed("Task_ArchiveServiceReport", "Task_SendServiceReport", "Event_ServiceReported");
    Map<String, Object> sent = row(service, month);
    assertThat(sent).containsEntry("STATUS", "NOT_SENT")
        .containsEntry("NOTE", "the service has no report recipients");
    byte[] pdf = (byte[]) sent.get("PDF");
    assertThat(sent.get("SHA256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    assertThat(text(pdf)).contains("Service report: Test service (" + service + ")")
        .contains("Two long outages; the new firewall is in since the 20th.");
    JsonNode data = json.readTree((byte[]) sent.get("DATA"));
    assertThat(data.path("service").path("code").asText()).isEqualTo(service);
    assertThat(data.path("comment").asText()).startsWith("Two long outages");
    assertThat(data.path("sections")).isNotEmpty();
    assertThat(jdbc.queryForObject("SELECT updated_by FROM itsm_service_report_comment WHERE service_code = ? "
        + "AND report_month = ?", String.class, service, month.toString())).isEqualTo(owner);
  }

  @Test
  void aReportNotReviewedWithinAWeekGoesOutWithTheTextItHas() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-05T07:00:00Z")));
    YearMonth month = delivery.monthBefore(Instant.parse("2027-03-05T07:00:00Z"));
    currentUserComments(service, month, "Written early through the API.");
    ProcessInstance run = engine.getRuntimeService().startProcessInstanceByKey(ProcessCatalog.SERVICE_REPORTING);
    executeJobs(run);
    Task review = reviewOf(run, service);
    assertThat(engine.getTaskService().getVariable(review.getId(), "reportComment"))
        .isEqualTo("Written early through the API.");

    Job overdue = engine.getManagementService().createJobQuery().processInstanceId(run.getId())
        .activityId("Event_ReviewOverdue").timers().list().stream().filter(job -> isBranchOf(job, service))
        .findFirst().orElseThrow();
    assertThat(overdue.getDuedate()).isEqualTo(Date.from(Instant.parse("2027-03-12T07:00:00Z")));
    ClockUtil.setCurrentTime(overdue.getDuedate());
    // Nobody reviewed any service's report: every branch's week runs out.
    engine.getManagementService().createJobQuery().processInstanceId(run.getId()).activityId("Event_ReviewOverdue")
        .timers().list().forEach(job -> engine.getManagementService().executeJob(job.getId()));
    executeJobs(run);

    assertThat(run).hasPassed("Event_ReviewOverdue", "Task_ArchiveServiceReport", "Task_SendServiceReport",
        "Event_ServicesReported").isEnded();
    Map<String, Object> archived = row(service, month);
    assertThat(archived).containsEntry("STATUS", "NOT_SENT").containsEntry("REVIEWED_BY", null);
    assertThat(text((byte[]) archived.get("PDF"))).contains("Written early through the API.");
    assertThat(delivery.archive(service)).singleElement().satisfies(entry -> {
      assertThat(entry.month()).isEqualTo(month.toString());
      assertThat(entry.reviewedBy()).isNull();
      assertThat(entry.note()).isEqualTo("the service has no report recipients");
    });
  }

  @Test
  void theArchivedPdfIsMailedOnceToTheRecipientsEvenWhenTheStepRunsTwice() throws Exception {
    ServiceReportDelivery withMail = withMail();
    YearMonth month = YearMonth.of(2026, 10);
    delivery.recipients(service, List.of("IT-Board@Example.test", "cfo@example.test"));
    withMail.prepare(service, month);
    withMail.archive(service, month);
    byte[] archived = delivery.archivedPdf(service, month);
    withMail.archive(service, month);
    assertThat(delivery.archivedPdf(service, month)).as("archived once, never rebuilt").isEqualTo(archived);

    withMail.send(service, month);
    withMail.send(service, month);

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).as("one message, two recipients in blind copy").hasSize(2);
    assertThat(received[0].getSubject()).isEqualTo("[ITSM Flow] Service report Test service, October 2026");
    assertThat(received[0].getHeader(MailChannel.LOOP_HEADER)).containsExactly("report/" + service + "/2026-10");
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(received[0]))
        .contains("Test service (" + service + ")").contains("for October 2026");
    BodyPart attachment = attachment((Multipart) received[0].getContent());
    assertThat(attachment.getFileName()).isEqualTo("service-report-" + service + "-2026-10.pdf");
    try (InputStream content = attachment.getInputStream()) {
      assertThat(content.readAllBytes()).isEqualTo(archived);
    }
    assertThat(delivery.archive(service)).singleElement().satisfies(entry -> {
      assertThat(entry.status()).isEqualTo(ServiceReportDelivery.Status.SENT);
      assertThat(entry.sentTo()).containsExactly("cfo@example.test", "it-board@example.test");
      assertThat(entry.sentAt()).isNotNull();
    });
  }

  @Test
  void recipientsAndTheArchiveThroughTheApi() {
    String admin = user("report-admin", RoleGroup.ADMIN_GROUP);
    String desk = user("report-desk", RoleGroup.SERVICE_DESK.id());
    String path = "/api/reports/services/" + service + "/recipients";

    ResponseEntity<JsonNode> wrong = send(as(owner), HttpMethod.PUT, path,
        "{\"recipients\": [\"board@example.test\", \"not an address\"]}");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody().toString()).contains("recipients[1]");
    assertThat(send(as(owner), HttpMethod.PUT, path, "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(send(as(desk), HttpMethod.PUT, path, "{\"recipients\": []}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(as(owner), HttpMethod.PUT, "/api/reports/services/NOPE/recipients", "{\"recipients\": []}")
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<JsonNode> saved = send(as(admin), HttpMethod.PUT, path,
        "{\"recipients\": [\" board@example.test \", \"board@example.test\", \"cio@example.test\"]}");
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody().path("recipients").toString())
        .isEqualTo("[\"board@example.test\",\"cio@example.test\"]");
    assertThat(as(desk).getForObject(path, JsonNode.class).path("recipients")).hasSize(2);

    String archivePath = "/api/reports/services/" + service + "/archive";
    assertThat(as(desk).getForObject(archivePath, JsonNode.class)).isEmpty();
    ResponseEntity<JsonNode> missing = send(as(desk), HttpMethod.GET, archivePath + "/2026-09/pdf", null);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody().toString()).contains("month");
    delivery.prepare(service, YearMonth.of(2026, 9));
    delivery.archive(service, YearMonth.of(2026, 9));
    ResponseEntity<byte[]> pdf = as(desk).getForEntity(archivePath + "/2026-09/pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("service-report-" + service + "-2026-09.pdf");
    JsonNode list = as(desk).getForObject(archivePath, JsonNode.class);
    assertThat(list).singleElement().satisfies(entry -> {
      assertThat(entry.path("month").asText()).isEqualTo("2026-09");
      assertThat(entry.path("status").asText()).isEqualTo("ARCHIVED");
      assertThat(entry.path("sha256").asText()).hasSize(64);
    });
    assertThat(send(as(desk), HttpMethod.GET, archivePath + "/2026-13/pdf", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void anAdministratorRunsTheMonthsReportsNowThroughTheEngineApiWhichStaffMayNot() {
    String admin = user("report-admin", RoleGroup.ADMIN_GROUP);
    String start = "/engine-rest/process-definition/key/" + ProcessCatalog.SERVICE_REPORTING + "/start";
    assertThat(send(as(owner), HttpMethod.POST, start, "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> started = send(as(admin), HttpMethod.POST, start, "{}");
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    ProcessInstance run = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(started.getBody().path("id").asText()).singleResult();
    executeJobs(run);
    assertThat(reviewOf(run, service)).isNotNull();

    // A month whose report went out already (an earlier run) is kept as it was: no second review.
    String sent = Fixtures.service(jdbc, 3);
    YearMonth month = delivery.monthBefore(org.itsmflow.platform.EngineClock.now());
    delivery.prepare(sent, month);
    delivery.archive(sent, month);
    byte[] archived = delivery.archivedPdf(sent, month);
    ResponseEntity<JsonNode> again = send(as(admin), HttpMethod.POST, start, "{}");
    ProcessInstance second = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(again.getBody().path("id").asText()).singleResult();
    executeJobs(second);
    assertThat(reviewOf(second, sent)).isNull();
    assertThat(second).hasPassed("Event_AlreadyReported");
    assertThat(delivery.archivedPdf(sent, month)).isEqualTo(archived);
  }

  @Test
  void addressesAreCheckedOneByOne() {
    assertThat(ServiceReportDelivery.checkedAddresses(List.of("A@B.example", "a@b.example", "c@d.example")))
        .containsExactly("a@b.example", "c@d.example");
    assertThat(ServiceReportDelivery.split("a@b.example, c@d.example;\ne@f.example"))
        .containsExactly("a@b.example", "c@d.example", "e@f.example");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServiceReportDelivery.checkedAddresses(
        List.of("a@b.example", "a@b")))
        .hasMessageContaining("recipients[1]");
  }

  private void currentUserComments(String code, YearMonth month, String text) {
    serviceReport.comment(code, month, text);
  }

  private ServiceReportDelivery withMail() {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("localhost");
    sender.setPort(SMTP.getSmtp().getPort());
    MailChannel channel = new MailChannel(sender, engine.getIdentityService(), "reports@example.test");
    StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailChannel", channel));
    return new ServiceReportDelivery(jdbc, services, serviceReport, time, json, beans.getBeanProvider(MailChannel.class),
        currentUser);
  }

  /** Runs the instance's due jobs (branch starts, archive, send) until none is left. */
  private void executeJobs(ProcessInstance run) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(run.getId()).executable().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private Task reviewOf(ProcessInstance run, String code) {
    TaskService tasks = engine.getTaskService();
    return tasks.createTaskQuery().processInstanceId(run.getId()).list().stream()
        .filter(task -> code.equals(tasks.getVariable(task.getId(), "serviceCode"))).findFirst().orElse(null);
  }

  private boolean isBranchOf(Job job, String code) {
    return code.equals(engine.getRuntimeService().getVariable(job.getExecutionId(), "serviceCode"));
  }

  private String status(String code, YearMonth month) {
    return (String) row(code, month).get("STATUS");
  }

  private Map<String, Object> row(String code, YearMonth month) {
    return jdbc.queryForMap("SELECT * FROM itsm_service_report_archive WHERE service_code = ? AND report_month = ?",
        code, month.toString());
  }

  private static BodyPart attachment(Multipart parts) throws Exception {
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null) {
        return part;
      }
      if (part.getContent() instanceof Multipart nested && attachment(nested) != null) {
        return attachment(nested);
      }
    }
    return null;
  }

  private static String text(byte[] pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
