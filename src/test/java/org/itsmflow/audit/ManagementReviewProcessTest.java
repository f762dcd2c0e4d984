package org.itsmflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.itsmflow.support.Json.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Process management-review: every six months the inputs are gathered, top management holds the
 * review in Tasklist, and each improvement it names enters the register linked back; the next
 * review is given the previous one's actions and where its improvements stand. Timers fired by
 * moving the engine clock.
 */
@Iso20000("9.3")
class ManagementReviewProcessTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theHalfYearlyReviewIsHeldInTasklistAndItsImprovementsEnterTheRegisterLinkedBack() {
    String owner = user("review-owner", RoleGroup.PROCESS_OWNERS.id());
    ManagementService management = engine.getManagementService();
    Job timer = management.createJobQuery().processDefinitionKey(ProcessCatalog.MANAGEMENT_REVIEW).timers()
        .singleResult();
    LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(due.getDayOfMonth()).isEqualTo(1);
    assertThat(due.getMonthValue()).as("January or July").isIn(1, 7);
    assertThat(due.toLocalTime()).hasToString("07:00");

    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
    ProcessInstance run = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessCatalog.MANAGEMENT_REVIEW).active().list().get(0);
    String id = (String) engine.getRuntimeService().getVariable(run.getId(), "reviewId");
    assertThat(id).isEqualTo("MR-" + java.time.YearMonth.from(due));
    Task hold = engine.getTaskService().createTaskQuery().processInstanceId(run.getId()).singleResult();
    assertThat(hold.getName()).isEqualTo("Hold management review");
    assertThat(engine.getTaskService().getIdentityLinksForTask(hold.getId())).extracting(l -> l.getGroupId())
        .containsExactly(RoleGroup.PROCESS_OWNERS.id());
    String inputs = (String) engine.getTaskService().getVariable(hold.getId(), "reviewInputs");
    assertThat(inputs).startsWith("Previous review: none held in ITSM Flow.")
        .contains("Objectives (6.2): ").contains("Internal audits (9.2): ").contains("All inputs: GET /api/management-reviews/")
        .contains("SLA targets met by service:").hasSizeLessThanOrEqualTo(4000);
    assertThat((String) engine.getTaskService().getVariable(hold.getId(), "reviewPeriod")).endsWith(
        java.time.YearMonth.from(due).minusMonths(1).atEndOfMonth().format(
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)));

    // Tasklist's door: a title too short is refused naming the field, and nothing is recorded.
    String complete = "/engine-rest/task/" + hold.getId() + "/complete";
    ResponseEntity<JsonNode> refused = send(as(owner), HttpMethod.POST, complete, """
        {"variables": {"reviewDecisions": {"value": "Keep the targets"}, "reviewImprovements": {"value": "ab"}}}""");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().toString()).contains("reviewImprovements");
    assertThat(jdbc.queryForObject("SELECT status FROM itsm_management_review WHERE id = ?", String.class, id))
        .isEqualTo("PREPARED");
    ResponseEntity<JsonNode> held = send(as(owner), HttpMethod.POST, complete, """
        {"variables": {"reviewDecisions": {"value": "Raise the e-mail service's resolution target to 98 %"},
         "reviewActions": {"value": "Staff the night shift (HR, by March)"},
         "reviewImprovements": {"value": "Self-service password reset\\nA template for CAB agendas\\n"}}}""");
    assertThat(held.getStatusCode().is2xxSuccessful()).as(String.valueOf(held.getBody())).isTrue();

    assertThat(run).hasPassed("Task_HoldManagementReview", "Task_RaiseReviewImprovements", "Event_ReviewHeld")
        .isEnded();
    JsonNode review = as(owner).getForObject("/api/management-reviews/" + id, JsonNode.class);
    assertThat(review.path("status").asText()).isEqualTo("held");
    assertThat(review.path("heldBy").asText()).isEqualTo(owner);
    assertThat(review.path("decisions").asText()).startsWith("Raise the e-mail");
    assertThat(review.path("inputs").path("measures")).isNotEmpty();
    assertThat(review.path("improvements")).hasSize(2);
    String first = review.path("improvements").get(0).asText();
    JsonNode improvement = as(owner).getForObject("/api/improvements/" + first, JsonNode.class).path("improvement");
    assertThat(improvement.path("title").asText()).isEqualTo("Self-service password reset");
    assertThat(improvement.path("source").asText()).isEqualTo("management-review");
    assertThat(improvement.path("sourceReference").asText()).isEqualTo(id);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(first).count())
        .as("its evaluation started").isOne();

    // Six months later the next review is given this one's actions and where its improvements stand.
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(java.time.Duration.ofDays(184))));
    ProcessInstance next = engine.getRuntimeService().startProcessInstanceByKey(ProcessCatalog.MANAGEMENT_REVIEW);
    String nextInputs = (String) engine.getRuntimeService().getVariable(next.getId(), "reviewInputs");
    assertThat(nextInputs).contains("Previous review: " + id + ", held by " + owner)
        .contains("Staff the night shift").contains(first + " proposed");
    assertThat(as(owner).getForObject("/api/management-reviews", JsonNode.class)).hasSizeGreaterThanOrEqualTo(2);
    assertThat(send(as(owner), HttpMethod.GET, "/api/management-reviews/MR-1999-01", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void inputsLongerThanAFormsTextAreCutAndCounted() {
    java.util.List<org.itsmflow.reporting.Measure.Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      rows.add(new org.itsmflow.reporting.Measure.Row("SERVICE-" + i, java.util.Map.of("attainment", 97.5)));
    }
    org.itsmflow.reporting.Measures.Series series = new org.itsmflow.reporting.Measures.Series("sla-attainment",
        "SLA targets met", "met / all", java.time.Instant.EPOCH, java.time.Instant.EPOCH, null, "service",
        java.util.List.of("service"), rows);
    ManagementReviews.Inputs inputs = new ManagementReviews.Inputs("MR-2027-01", java.time.LocalDate.of(2026, 7, 1),
        java.time.LocalDate.of(2027, 1, 1), null, java.util.List.of(), java.util.List.of(), java.util.List.of(series),
        "none");

    String summary = ManagementReviews.summary(inputs);

    assertThat(summary).hasSizeLessThanOrEqualTo(4000).contains("All inputs: GET /api/management-reviews/MR-2027-01")
        .contains("Objectives (6.2): none kept in ITSM Flow yet.").contains("Internal audits (9.2): none reported since 1 July 2026.")
        .contains("  SERVICE-0: attainment 97.5 %").containsPattern("… and \\d+ more$");
    assertThat(ManagementReviews.period(inputs)).isEqualTo("1 July 2026 to 31 December 2026");
  }

  @Test
  void improvementLinesAreCheckedOneByOne() {
    assertThat(ManagementReviews.titles(" Fewer calls \n\n Faster changes ")).containsExactly("Fewer calls",
        "Faster changes");
    assertThat(ManagementReviews.titles(null)).isEmpty();
    assertThatThrownBy(() -> ManagementReviews.titles("x".repeat(201))).isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> ManagementReviews.titles("Line\n".repeat(21))).hasMessageContaining("at most 20");
  }
}
