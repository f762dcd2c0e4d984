package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionManager;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine ends message subscriptions through our manager, and an incident's life leaves none behind. */
class MessageSubscriptionsTest extends ApplicationTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theEngineUsesOurManager() {
    EventSubscriptionManager manager = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(command -> command.getEventSubscriptionManager());

    assertThat(manager).isInstanceOf(MessageSubscriptions.Manager.class);
  }

  @Test
  void theMessageSubscriptionsOfAnIncidentEndWithItsSteps() {
    String agent = user("subscriptions-agent", RoleGroup.SERVICE_DESK.id());
    String service = Fixtures.service(jdbc, 2);
    String number = send(as(agent), POST, "/api/incidents", """
        {"title": "Subscriptions", "description": "End with the steps", "serviceCode": "%s", "impact": 3,
         "urgency": 3, "channel": "phone"}
        """.formatted(service)).getBody().path("number").asText();
    String process = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    assertThat(messageSubscriptions(process)).as("work note, link, hold, reclassify, parent, problem, escalation")
        .isEqualTo(7);

    assertThat(send(as(agent), POST, "/api/incidents/" + number + "/resolve",
        "{\"resolutionCode\": \"fixed\", \"resolution\": \"Restarted\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(messageSubscriptions(process)).as("work note, link; confirmed, rejected").isEqualTo(4);

    assertThat(send(as(agent), POST, "/api/incidents/" + number + "/close", "{}").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(messageSubscriptions(process)).isZero();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(process).count()).isZero();
  }

  private int messageSubscriptions(String processInstanceId) {
    return jdbc.queryForObject("SELECT count(*) FROM ACT_RU_EVENT_SUBSCR WHERE PROC_INST_ID_ = ? "
        + "AND EVENT_TYPE_ = 'message'", Integer.class, processInstanceId);
  }
}
