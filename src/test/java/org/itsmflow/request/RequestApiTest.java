package org.itsmflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The request catalogue and service request API as requesters, owners, approvers and fulfillers use it. */
@Iso20000("8.6.2")
class RequestApiTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;

  private String requester;
  private String manager;
  private String owner;
  private String fulfiller;
  private String desk;
  private String service;
  private String item;

  @BeforeEach
  void setUp() {
    requester = user("req-api-requester", RoleGroup.CAB.id());
    manager = user("req-api-manager", RoleGroup.CHANGE_MANAGERS.id());
    owner = user("req-api-owner", RoleGroup.SERVICE_OWNERS.id());
    fulfiller = user("req-api-fulfiller", RoleGroup.SUPPORT_2ND_LEVEL.id());
    desk = user("req-api-desk", RoleGroup.SERVICE_DESK.id());
    service = Fixtures.service(jdbc, 3);
    item = "API-LAPTOP-" + System.nanoTime() % 100000;
    ResponseEntity<JsonNode> created = send(as(owner), PUT, "/api/request-items/" + item, """
        {"serviceCode": "%s", "name": "Laptop", "fulfilmentGroup": "support-2nd-level",
         "instructions": "Image and hand over", "fields": [{"key": "model", "label": "Model", "required": true}],
         "approval": "policy", "cost": 900, "priority": 4}
        """.formatted(service));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aRequestIsApprovedFulfilledAndConfirmedThroughTheApi() {
    ResponseEntity<JsonNode> created = send(as(requester), POST, "/api/requests",
        "{\"itemCode\": \"" + item + "\", \"details\": {\"model\": \"14 inch\"}, \"managerId\": \"" + manager + "\"}");
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("number").asText();
    assertThat(created.getBody().path("status").asText()).isEqualTo("awaiting-approval");
    assertThat(created.getBody().path("details").path("model").asText()).isEqualTo("14 inch");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/requests/" + number);

    assertThat(send(as(fulfiller), POST, "/api/requests/" + number + "/approval",
        "{\"decision\": \"approve\", \"reason\": \"x\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    action(manager, number, "approval", "{\"decision\": \"approve\", \"reason\": \"Budgeted\"}");
    JsonNode asked = action(fulfiller, number, "fulfilment", "{\"outcome\": \"need-info\", \"question\": \"Layout?\"}");
    assertThat(asked.path("status").asText()).isEqualTo("awaiting-requester");
    assertThat(send(as(fulfiller), POST, "/api/requests/" + number + "/information", "{\"answer\": \"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    action(requester, number, "information", "{\"answer\": \"German\"}");
    JsonNode fulfilled = action(fulfiller, number, "fulfilment", "{\"outcome\": \"fulfilled\", \"notes\": \"Handed over\"}");
    assertThat(fulfilled.path("status").asText()).isEqualTo("fulfilled");
    JsonNode closed = action(requester, number, "confirmation", "{\"confirmed\": true}");
    assertThat(closed.path("status").asText()).isEqualTo("closed");
    assertThat(closed.path("sla").findValuesAsText("state")).containsOnly("met");

    JsonNode mine = as(requester).getForObject("/api/requests?mine=true", JsonNode.class);
    assertThat(mine.findValuesAsText("number")).contains(number);
    // The record holds the submission and every step's input; the engine kept only what its flow reads.
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().includeDeleted()
        .processInstanceId(closed.path("processInstanceId").asText()).list())
        .extracting(variable -> variable.getName())
        .doesNotContain("itemCode", "details", "requestedBy", "managerId", "approvalDecision", "approvalReason",
            "fulfilmentOutcome", "fulfilmentNotes", "question", "answer", "status", "instructions")
        .contains("recordNumber", "cost", "itemApproval", "fulfilmentGroup");
  }

  @Test
  void theServiceDeskWithdrawsForARequesterAndOthersMayNot() {
    String number = create(requester);
    assertThat(send(as(fulfiller), POST, "/api/requests/" + number + "/withdraw", "{\"reason\": \"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode withdrawn = action(desk, number, "withdraw", "{\"reason\": \"Caller changed their mind\"}");
    assertThat(withdrawn.path("status").asText()).isEqualTo("withdrawn");
    assertThat(send(as(desk), POST, "/api/requests/" + number + "/withdraw", "{\"reason\": \"x\"}").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "{}|400|itemCode",
      "{\"itemCode\": \"NOPE\"}|404|itemCode",
      "{\"itemCode\": \"@ITEM\"}|400|details.model",
      "{\"itemCode\": \"@ITEM\", \"details\": {\"model\": \"x\", \"colour\": \"red\"}}|400|details.colour",
      "{\"itemCode\": \"@ITEM\", \"details\": {\"model\": \"x\"}, \"managerId\": \"nobody-at-all\"}|404|managerId"})
  void badSubmissionsNameTheFieldAndLeaveNothingBehind(String body, int status, String field) {
    int before = jdbc.queryForObject("SELECT count(*) FROM itsm_request", Integer.class);
    ResponseEntity<JsonNode> response = send(as(requester), POST, "/api/requests", body.replace("@ITEM", item));

    assertThat(response.getStatusCode().value()).isEqualTo(status);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_request", Integer.class)).isEqualTo(before);
  }

  @Test
  void theCatalogueIsKeptByServiceOwnersAndSubmittingForOthersIsForTheServiceDesk() {
    assertThat(send(as(requester), PUT, "/api/request-items/" + item, "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(as(owner), PUT, "/api/request-items/" + item, "{\"serviceCode\": \"" + service + "\", "
        + "\"name\": \"Laptop\", \"fulfilmentGroup\": \"no-such-group\", \"instructions\": \"x\"}").getBody()
        .path("field").asText()).isEqualTo("fulfilmentGroup");
    assertThat(as(requester).getForObject("/api/request-items?service=" + service, JsonNode.class)
        .findValuesAsText("code")).containsExactly(item);
    assertThat(send(as(fulfiller), POST, "/api/requests", "{\"itemCode\": \"" + item + "\", \"details\": "
        + "{\"model\": \"x\"}, \"requestedBy\": \"" + requester + "\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(as(desk), POST, "/api/requests", "{\"itemCode\": \"" + item + "\", \"details\": "
        + "{\"model\": \"x\"}, \"requestedBy\": \"" + requester + "\"}").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(as(requester).getForEntity("/api/requests/REQ-999999", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String create(String user) {
    ResponseEntity<JsonNode> created = send(as(user), POST, "/api/requests",
        "{\"itemCode\": \"" + item + "\", \"details\": {\"model\": \"13 inch\"}}");
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return created.getBody().path("number").asText();
  }

  private JsonNode action(String user, String number, String action, String body) {
    ResponseEntity<JsonNode> response = send(as(user), POST, "/api/requests/" + number + "/" + action, body);
    assertThat(response.getStatusCode()).as(action + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
