package org.itsmflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.JsonNode;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** An incident whose creation fails consumes no number: the next incident gets it. */
class IncidentNumbersTest extends ApplicationTest {

  @Autowired Incidents incidents;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aNumberTakenByAFailedCreationGoesToTheNextRecord() {
    IncidentProcessTest.ensureService(jdbc);
    String agent = user("numbers-agent", RoleGroup.SERVICE_DESK.id());
    // The incident is recorded, then its start fails (as when a decision table cannot decide).
    String[] taken = new String[1];
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      taken[0] = incidents.record(new Incidents.Report("Printer jam", "Tray 2", "INC-TEST", null, null, 3, 3,
          "numbers-agent", "phone"), null);
      throw new IllegalStateException("the start failed");
    })).hasMessage("the start failed");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_incident WHERE number = ?", Integer.class, taken[0]))
        .isZero();

    ResponseEntity<JsonNode> created = send(as(agent), POST, "/api/incidents", """
        {"title": "Printer jam", "description": "Tray 2", "serviceCode": "INC-TEST", "impact": 3, "urgency": 3,
         "channel": "phone"}
        """);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().path("number").asText()).as("the failed creation's number").isEqualTo(taken[0]);
    ResponseEntity<JsonNode> next = send(as(agent), POST, "/api/incidents", """
        {"title": "Printer jam again", "description": "Tray 1", "serviceCode": "INC-TEST", "impact": 3,
         "urgency": 3, "channel": "phone"}
        """);
    assertThat(sequence(next.getBody().path("number").asText())).isEqualTo(sequence(taken[0]) + 1);
  }

  private static long sequence(String number) {
    return Long.parseLong(number.substring(number.indexOf('-') + 1));
  }
}
