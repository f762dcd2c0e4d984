package org.itsmflow.nonconformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.nonconformity.NonconformityProcess.Elements;
import org.itsmflow.nonconformity.NonconformityProcess.Messages;
import org.itsmflow.nonconformity.NonconformityProcess.Variables;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.FlowNodeCoverage;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * corrective-action, path by path: correction, cause, action with owner and due date (overdue
 * reminder), effectiveness review after the period (timers by moving the clock), not effective
 * back to analysis, closure. Fails below 90 % of the model's flow nodes.
 */
@Iso20000("10.1")
class NonconformityProcessTest extends ApplicationTest {

  private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage();
  private static ProcessEngine coveredEngine;

  @AfterAll
  static void mostOfTheModelIsTested() {
    COVERAGE.assertAtLeast(coveredEngine, NonconformityProcess.KEY, 0.9);
  }

  static final Instant START = Instant.parse("2027-03-15T09:00:00Z");

  @Autowired Nonconformities nonconformities;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void clock() {
    coveredEngine = engine;
    ClockUtil.setCurrentTime(Date.from(START));
    user("nc-owner", RoleGroup.PROCESS_OWNERS.id());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aNonconformityIsCorrectedAnalysedActedOnReviewedAndClosed() {
    ProcessInstance nc = record();
    String number = nc.getBusinessKey();

    assertThat(number).matches("NC-\\d{6}");
    assertThat(nc).isWaitingAt(Elements.CORRECT).task().hasCandidateGroup(RoleGroup.PROCESS_OWNERS.id());
    complete(task(nc), Variables.CORRECTION, "Missing SLA reports produced");
    complete(task(nc), Variables.CAUSE, "Report job not monitored");
    Instant due = START.plus(Duration.ofDays(14));
    complete(task(nc), Variables.ACTION, "Monitor the report job", Variables.ACTION_OWNER, "nc-owner",
        Variables.ACTION_DUE, due.toString());

    assertThat(nc).isWaitingAt(Elements.IMPLEMENT_ACTION).task().isAssignedTo("nc-owner").hasDueDate(Date.from(due));
    assertThat(nonconformities.get(number).status()).isEqualTo(NonconformityStatus.ACTION_OPEN);
    // Overdue: the process owners are reminded, the action stays open.
    Job overdue = job(Elements.ACTION_OVERDUE, nc);
    ClockUtil.setCurrentTime(overdue.getDuedate());
    execute(overdue);
    assertThat(nc).hasPassed(Elements.REMINDER_SENT).isWaitingAt(Elements.IMPLEMENT_ACTION);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_notification WHERE record_ref = ? AND kind = ?",
        Integer.class, number, "CORRECTIVE_ACTION_OVERDUE")).isEqualTo(1);
    complete(task(nc), Variables.ACTION_NOTES, "Alerting configured");

    assertThat(nc).isWaitingAt(Elements.REVIEW_DUE);
    Job review = job(Elements.REVIEW_DUE, nc);
    assertThat(review.getDuedate()).isEqualTo(Date.from(overdue.getDuedate().toInstant().plus(Duration.ofDays(30))));
    ClockUtil.setCurrentTime(review.getDuedate());
    execute(review);
    assertThat(nonconformities.get(number).status()).isEqualTo(NonconformityStatus.REVIEWING);
    complete(task(nc), Variables.EFFECTIVE, true, Variables.REVIEW_EVIDENCE, "No missing report since");

    assertThat(nc).isEnded().hasPassed(Elements.CLOSED);
    assertThat(nonconformities.get(number).status()).isEqualTo(NonconformityStatus.CLOSED);
    assertThat(nonconformities.get(number).effective()).isTrue();
  }

  @Test
  void anIneffectiveActionSendsItBackToCauseAnalysis() {
    ProcessInstance nc = record();
    String number = nc.getBusinessKey();
    complete(task(nc), Variables.CORRECTION, "Fixed");
    complete(task(nc), Variables.CAUSE, "Wrong cause");
    complete(task(nc), Variables.ACTION, "Training", Variables.ACTION_OWNER, "nc-owner", Variables.ACTION_DUE,
        START.plus(Duration.ofDays(5)).toString());
    complete(task(nc), Variables.ACTION_NOTES, "Trained the team");
    Job review = job(Elements.REVIEW_DUE, nc);
    ClockUtil.setCurrentTime(review.getDuedate());
    execute(review);
    complete(task(nc), Variables.EFFECTIVE, false, Variables.REVIEW_EVIDENCE, "Happened again in week 2");

    assertThat(nc).isWaitingAt(Elements.ANALYSE);
    assertThat(nonconformities.get(number).round()).isEqualTo(2);
    assertThat(nonconformities.get(number).status()).isEqualTo(NonconformityStatus.ANALYSING);
    engine.getRuntimeService().createMessageCorrelation(Messages.WORK_NOTE_ADDED).processInstanceBusinessKey(number)
        .setVariable(Variables.NOTE, "Second analysis with the supplier").correlate();
    assertThat(nonconformities.workLog(number)).extracting(e -> e.text()).contains("Second analysis with the supplier");
  }

  @Test
  void anActionNeedsAKnownOwnerAndAFutureDueDate() {
    ProcessInstance nc = record();
    complete(task(nc), Variables.CORRECTION, "Fixed");
    complete(task(nc), Variables.CAUSE, "Cause");

    assertThatThrownBy(() -> complete(task(nc), Variables.ACTION, "x", Variables.ACTION_OWNER, "nobody-here",
        Variables.ACTION_DUE, START.plus(Duration.ofDays(5)).toString())).hasMessageContaining("actionOwner");
    assertThatThrownBy(() -> complete(task(nc), Variables.ACTION, "x", Variables.ACTION_OWNER, "nc-owner",
        Variables.ACTION_DUE, START.minus(Duration.ofDays(5)).toString())).hasMessageContaining("actionDue");
    assertThat(nc).isWaitingAt(Elements.PLAN_ACTION);
  }

  private ProcessInstance record() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(NonconformityProcess.KEY, Map.of(
        Variables.TITLE, "SLA reports missing for March", Variables.DESCRIPTION, "Internal audit found no reports",
        Variables.SOURCE, "audit-finding", Variables.CLAUSE, "8.3.3", Variables.SEVERITY, "major",
        Variables.DETECTED_BY, "auditor-1"));
    COVERAGE.track(instance.getId());
    return instance;
  }

  private void complete(Task task, Object... variables) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    engine.getTaskService().complete(task.getId(), values);
  }
}
