package org.itsmflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.request.RequestProcess.Elements;
import org.itsmflow.request.RequestProcess.Messages;
import org.itsmflow.request.RequestProcess.Variables;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.sla.SlaDeadline;
import org.itsmflow.sla.SlaStatus;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.FlowNodeCoverage;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.SlaTimers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * service-request, path by path: approval by manager or service owner, fulfilment under the
 * SLA clock with a question to the requester, confirmation, auto-close, reopen, cancel and
 * withdrawal; timers by moving the engine clock. Fails below 90 % of the model's flow nodes.
 */
@Iso20000("8.6.2")
class RequestProcessTest extends ApplicationTest {

  private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage();
  private static ProcessEngine coveredEngine;

  @AfterAll
  static void mostOfTheModelIsTested() {
    COVERAGE.assertAtLeast(coveredEngine, RequestProcess.KEY, 0.9);
  }

  /** A Monday morning: the 24x7 test service counts every day. */
  static final Instant START = Instant.parse("2027-01-04T09:00:00Z");

  @Autowired Requests requests;
  @Autowired RequestRepository repository;
  @Autowired JdbcTemplate jdbc;

  private String service;

  @BeforeEach
  void fixtures() {
    coveredEngine = engine;
    ClockUtil.setCurrentTime(Date.from(START));
    user("req-staff", RoleGroup.SERVICE_DESK.id());
    user("req-boss", RoleGroup.INCIDENT_MANAGERS.id());
    user("req-owner", RoleGroup.SERVICE_OWNERS.id());
    service = Fixtures.service(jdbc, 3);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static String item(RequestRepository repository, String service, String code, String approval, String cost) {
    repository.saveItem(new RequestItem(code, service, "Laptop", "A standard laptop", RoleGroup.SUPPORT_2ND_LEVEL.id(),
        "Take one from stock, image it, hand it over", List.of(new RequestItem.Field("model", "Model", true),
            new RequestItem.Field("note", "Note", false)), approval, new BigDecimal(cost), 4, true));
    return code;
  }

  @Test
  void everySlaDeadlineIsATimerOfTheRequestsOwnProcessMovedWhileTheRequesterIsAsked() {
    String item = item(repository, service, "REQ-SLA-" + System.nanoTime() % 100000, "policy", "50");
    ProcessInstance request = submit(item, "req-staff", null);
    String number = request.getBusinessKey();
    // Priority 4: response 4 h, fulfilment 48 h, warnings at 75 %.
    assertThat(deadlines(request)).containsExactlyEntriesOf(plan(180, 240, 2160, 2880));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .as("no sla-clock instances").isOne();

    runDeadline(request, SlaDeadline.RESPONSE_WARNING, 180);
    runDeadline(request, SlaDeadline.RESPONSE_BREACH, 240);
    assertThat(recipients(number, "SLA_WARNING")).containsExactly(RoleGroup.SUPPORT_2ND_LEVEL.id());
    assertThat(notifications(number, "SLA_BREACH")).isOne();
    assertThat(requests.sla(number)).filteredOn(s -> s.target().equals("response")).extracting(SlaStatus::state)
        .containsExactly("breached");

    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofMinutes(300))));
    complete(task(request), Variables.FULFILMENT_OUTCOME, "need-info", Variables.QUESTION, "Which dock?");
    assertThat(deadlines(request)).as("paused: nothing falls due").containsEntry(SlaDeadline.RESOLUTION_WARNING,
        SlaDeadline.NOT_PENDING).containsEntry(SlaDeadline.RESOLUTION_BREACH, SlaDeadline.NOT_PENDING);
    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofMinutes(360))));
    correlate(number, Messages.INFORMATION_PROVIDED, Variables.ANSWER, "USB-C");
    assertThat(deadlines(request)).as("an hour later").containsEntry(SlaDeadline.RESOLUTION_WARNING,
        START.plus(Duration.ofMinutes(2220))).containsEntry(SlaDeadline.RESOLUTION_BREACH,
        START.plus(Duration.ofMinutes(2940)));

    runDeadline(request, SlaDeadline.RESOLUTION_WARNING, 2220);
    runDeadline(request, SlaDeadline.RESOLUTION_BREACH, 2940);
    assertThat(notifications(number, "SLA_WARNING")).isEqualTo(2);
    assertThat(notifications(number, "SLA_BREACH")).isEqualTo(2);
    assertThat(requests.sla(number)).extracting(SlaStatus::state).containsOnly("breached");
    assertThat(request).isWaitingAt(Elements.FULFIL);
  }

  @Test
  void aCheapItemIsFulfilledUnderTheSlaAndConfirmed() {
    String item = item(repository, service, "REQ-CHEAP-" + System.nanoTime() % 100000, "policy", "50");
    ProcessInstance request = submit(item, "req-staff", null);
    String number = request.getBusinessKey();

    assertThat(number).matches("REQ-\\d{6}");
    assertThat(request).isWaitingAt(Elements.FULFIL).task().hasCandidateGroup(RoleGroup.SUPPORT_2ND_LEVEL.id());
    assertThat(requests.get(number).approvalRequired()).isFalse();
    assertThat(requests.get(number).status()).isEqualTo(RequestStatus.IN_FULFILMENT);
    assertThat(requests.sla(number)).extracting(SlaStatus::state).containsOnly("running");
    // The fulfilment form shows the item's instructions, read from the records when it opens.
    JsonNode form = as(user("req-fulfiller", RoleGroup.SUPPORT_2ND_LEVEL.id()))
        .getForObject("/engine-rest/task/" + task(request).getId() + "/form-variables", JsonNode.class);
    assertThat(form.path(Variables.INSTRUCTIONS).path("value").asText()).contains("image it");
    assertThat(form.path(Variables.STATUS).path("value").asText()).isEqualTo("in-fulfilment");
    assertThat(engine.getRuntimeService().getVariable(request.getId(), Variables.INSTRUCTIONS)).isNull();

    // Something is missing: the requester is asked, the clock pauses.
    complete(task(request), Variables.FULFILMENT_OUTCOME, "need-info", Variables.QUESTION, "Which keyboard layout?");
    assertThat(request).isWaitingAt(Elements.REQUESTER_ANSWERED);
    assertThat(requests.get(number).status()).isEqualTo(RequestStatus.AWAITING_REQUESTER);
    assertThat(requests.sla(number)).filteredOn(s -> s.target().equals("resolution")).extracting(SlaStatus::state)
        .containsExactly("paused");
    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofHours(5))));
    correlate(number, Messages.INFORMATION_PROVIDED, Variables.ANSWER, "German");
    assertThat(request).isWaitingAt(Elements.FULFIL);
    assertThat(requests.sla(number)).filteredOn(s -> s.target().equals("resolution")).extracting(SlaStatus::state)
        .containsExactly("running");

    complete(task(request), Variables.FULFILMENT_OUTCOME, "fulfilled", Variables.FULFILMENT_NOTES, "Handed over");
    assertThat(request).isWaitingAt(Elements.AWAIT_CONFIRMATION);
    assertThat(requests.get(number).status()).isEqualTo(RequestStatus.FULFILLED);
    correlate(number, Messages.CONFIRMED);

    assertThat(request).isEnded().hasPassed(Elements.CLOSED);
    assertThat(requests.get(number).closeCode()).isEqualTo("confirmed");
    assertThat(requests.sla(number)).extracting(SlaStatus::state).containsOnly("met");
  }

  @Test
  void anExpensiveItemForStaffIsApprovedByTheNamedManager() {
    String item = item(repository, service, "REQ-MGR-" + System.nanoTime() % 100000, "policy", "400");
    ProcessInstance request = submit(item, "req-staff", "req-boss");
    String number = request.getBusinessKey();

    assertThat(request).isWaitingAt(Elements.APPROVE).task().isAssignedTo("req-boss");
    // The service owners can act too (camunda-bpm-assert checks candidates on unassigned tasks only).
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(request).getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo(RoleGroup.SERVICE_OWNERS.id()));
    assertThat(requests.get(number).approver()).isEqualTo("manager");
    assertThat(requests.get(number).status()).isEqualTo(RequestStatus.AWAITING_APPROVAL);
    complete(task(request), Variables.APPROVAL_DECISION, "approve", Variables.APPROVAL_REASON, "Budgeted");

    assertThat(request).isWaitingAt(Elements.FULFIL);
    assertThat(requests.get(number).approvalDecision()).isEqualTo("approve");
  }

  @Test
  void theServiceOwnerRejectsAnAlwaysApprovedItem() {
    String item = item(repository, service, "REQ-OWN-" + System.nanoTime() % 100000, "always", "0");
    ProcessInstance request = submit(item, "req-boss", null);
    String number = request.getBusinessKey();

    assertThat(request).isWaitingAt(Elements.APPROVE).task().isNotAssigned()
        .hasCandidateGroup(RoleGroup.SERVICE_OWNERS.id());
    complete(task(request), Variables.APPROVAL_DECISION, "reject", Variables.APPROVAL_REASON, "Not for contractors");

    assertThat(request).isEnded().hasPassed(Elements.REJECTED);
    assertThat(requests.get(number).status()).isEqualTo(RequestStatus.REJECTED);
    assertThat(notifications(number, "REQUESTER_UPDATE")).isEqualTo(1);
  }

  @Test
  void withoutAnAnswerAFulfilledRequestClosesAfterThreeBusinessDays() {
    ProcessInstance request = fulfilled();
    Job autoClose = job(Elements.AUTO_CLOSE_DUE, request);
    assertThat(autoClose.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(3))));

    ClockUtil.setCurrentTime(autoClose.getDuedate());
    execute(autoClose);

    assertThat(request).isEnded().hasPassed(Elements.AUTO_CLOSED);
    assertThat(requests.get(request.getBusinessKey()).closeCode()).isEqualTo("auto-closed");
  }

  @Test
  void theRequesterReopensAnIncompleteFulfilment() {
    ProcessInstance request = fulfilled();
    correlate(request.getBusinessKey(), Messages.REOPENED, Variables.REASON, "The charger is missing");

    assertThat(request).isWaitingAt(Elements.FULFIL);
    assertThat(requests.get(request.getBusinessKey()).status()).isEqualTo(RequestStatus.IN_FULFILMENT);
  }

  @Test
  void anItemThatCannotBeFulfilledIsCancelled() {
    String item = item(repository, service, "REQ-NO-" + System.nanoTime() % 100000, "never", "0");
    ProcessInstance request = submit(item, "req-staff", null);
    complete(task(request), Variables.FULFILMENT_OUTCOME, "cannot-fulfil", Variables.FULFILMENT_NOTES, "Discontinued");

    assertThat(request).isEnded().hasPassed(Elements.CANCELLED);
    assertThat(requests.get(request.getBusinessKey()).status()).isEqualTo(RequestStatus.CANCELLED);
  }

  @Test
  void theRequesterWithdrawsAndWorkNotesArriveByMessage() {
    String item = item(repository, service, "REQ-WD-" + System.nanoTime() % 100000, "never", "0");
    ProcessInstance request = submit(item, "req-staff", null);
    correlate(request.getBusinessKey(), Messages.WORK_NOTE_ADDED, Variables.NOTE, "Ordered from the supplier");
    correlate(request.getBusinessKey(), Messages.WITHDRAWN, Variables.REASON, "Got one from a colleague");

    assertThat(request).isEnded().hasPassed(Elements.WITHDRAWN);
    assertThat(requests.get(request.getBusinessKey()).status()).isEqualTo(RequestStatus.WITHDRAWN);
    assertThat(requests.workLog(request.getBusinessKey())).extracting(e -> e.text())
        .contains("Ordered from the supplier");
  }

  @Test
  void aSubmissionWithoutARequiredDetailCreatesNothing() {
    String item = item(repository, service, "REQ-BAD-" + System.nanoTime() % 100000, "never", "0");
    int before = jdbc.queryForObject("SELECT count(*) FROM itsm_request", Integer.class);

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(RequestProcess.KEY,
        Map.of(Variables.ITEM_CODE, item, Variables.DETAILS, "note: no model")))
        .hasMessageContaining("details.model");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_request", Integer.class)).isEqualTo(before);
  }

  private ProcessInstance fulfilled() {
    String item = item(repository, service, "REQ-FUL-" + System.nanoTime() % 100000, "never", "0");
    ProcessInstance request = submit(item, "req-staff", null);
    complete(task(request), Variables.FULFILMENT_OUTCOME, "fulfilled", Variables.FULFILMENT_NOTES, "Done");
    assertThat(request).isWaitingAt(Elements.AWAIT_CONFIRMATION);
    return request;
  }

  private ProcessInstance submit(String item, String requester, String manager) {
    Map<String, Object> variables = new HashMap<>(Map.of(Variables.ITEM_CODE, item,
        Variables.DETAILS, "model: 14 inch\nnote: for travel", Variables.REQUESTED_BY, requester));
    if (manager != null) {
      variables.put(Variables.MANAGER_ID, manager);
    }
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(RequestProcess.KEY, variables);
    COVERAGE.track(instance.getId());
    return instance;
  }

  private void correlate(String number, String message, Object... variables) {
    engine.getRuntimeService().createMessageCorrelation(message).processInstanceBusinessKey(number)
        .setVariables(map(variables)).correlate();
  }

  private void complete(Task task, Object... variables) {
    engine.getTaskService().complete(task.getId(), map(variables));
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }

  private int notifications(String number, String kind) {
    return jdbc.queryForObject("SELECT count(*) FROM itsm_notification WHERE record_ref = ? AND kind = ?",
        Integer.class, number, kind);
  }

  /** When each SLA deadline's timer of the request's process falls due. */
  private Map<SlaDeadline, Instant> deadlines(ProcessInstance request) {
    return SlaTimers.of(engine, request.getId());
  }


  private static Map<SlaDeadline, Instant> plan(int responseWarning, int responseBreach, int resolutionWarning,
      int resolutionBreach) {
    int[] minutes = {responseWarning, responseBreach, resolutionWarning, resolutionBreach};
    Map<SlaDeadline, Instant> plan = new EnumMap<>(SlaDeadline.class);
    for (SlaDeadline deadline : SlaDeadline.values()) {
      plan.put(deadline, START.plus(Duration.ofMinutes(minutes[deadline.ordinal()])));
    }
    return plan;
  }

  /** The deadline's timer is due then, and runs. */
  private void runDeadline(ProcessInstance request, SlaDeadline deadline, int minutes) {
    Job timer = job(deadline.timerId(), request);
    assertThat(timer.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofMinutes(minutes))));
    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
  }

  private List<String> recipients(String number, String kind) {
    return jdbc.queryForList("SELECT recipient_group FROM itsm_notification WHERE record_ref = ? AND kind = ? ORDER BY id",
        String.class, number, kind);
  }

}
