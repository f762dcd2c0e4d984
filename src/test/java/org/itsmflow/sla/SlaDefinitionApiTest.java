package org.itsmflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.delete;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@Iso20000("8.3.3")
class SlaDefinitionApiTest extends ApplicationTest {

  @Autowired ServiceLevels serviceLevels;

  private String owner;

  @BeforeEach
  void service() {
    owner = user("sla-owner", RoleGroup.SERVICE_OWNERS.id());
    send(as(owner), PUT, "/api/calendars/sla-office", """
        {"name": "Office", "timeZone": "Europe/Berlin",
         "workingHours": {"MONDAY": [{"start": "08:00", "end": "17:00"}],
                          "TUESDAY": [{"start": "08:00", "end": "17:00"}]}}
        """);
    send(as(owner), PUT, "/api/services/SLA-SVC", """
        {"name": "SLA service", "ownerGroup": "service-owners", "criticality": 2, "status": "live",
         "calendarId": "sla-office"}
        """);
  }

  @Test
  void aServiceWithoutItsOwnSlaGetsTheDefault() {
    SlaDefinition sla = serviceLevels.applicable("SLA-SVC", 3);

    assertThat(sla.serviceCode()).isNull();
    assertThat(sla.calendarId()).isEqualTo("24x7");
    assertThat(sla.target(SlaTarget.RESOLUTION)).isEqualTo(Duration.ofHours(24));
    assertThat(serviceLevels.applicable(null, 1).target(SlaTarget.RESPONSE)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aServiceSlaOverridesTheDefaultAndUsesTheServiceHours() {
    ResponseEntity<JsonNode> created = send(as(owner), PUT, "/api/slas/SLA-SVC/2",
        "{\"responseMinutes\": 30, \"resolutionMinutes\": 240}");

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    SlaDefinition sla = serviceLevels.applicable("SLA-SVC", 2);
    assertThat(sla.serviceCode()).isEqualTo("SLA-SVC");
    assertThat(sla.calendarId()).as("the service's support hours").isEqualTo("sla-office");
    assertThat(sla.warningPercent()).isEqualTo(75);
    assertThat(sla.attainmentPercent()).as("95 % unless agreed otherwise").isEqualTo(95);
    assertThat(send(as(owner), PUT, "/api/slas/SLA-SVC/2", "{\"responseMinutes\": 30, \"resolutionMinutes\": 240, "
        + "\"attainmentPercent\": 98}").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(serviceLevels.applicable("SLA-SVC", 2).attainmentPercent()).isEqualTo(98);
    assertThat(as(owner).getForObject("/api/slas?service=SLA-SVC", String.class)).contains("\"serviceCode\":\"SLA-SVC\"");

    assertThat(delete(as(owner), "/api/slas/SLA-SVC/2").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(serviceLevels.applicable("SLA-SVC", 2).serviceCode()).isNull();
    assertThat(delete(as(owner), "/api/calendars/sla-office").getStatusCode()).as("used by the service")
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void theDefaultSlaCanChangeButNotGo() {
    JsonNode before = as(owner).getForObject("/api/slas/default/5", JsonNode.class);

    assertThat(send(as(owner), PUT, "/api/slas/default/5",
        "{\"responseMinutes\": 480, \"resolutionMinutes\": 5760, \"warningPercent\": 80}").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(serviceLevels.applicable("SLA-SVC", 5).warningPercent()).isEqualTo(80);
    assertThat(delete(as(owner), "/api/slas/default/5").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    send(as(owner), PUT, "/api/slas/default/5", before.toString());
  }

  @Test
  void badInputIsRefused() {
    assertThat(field(send(as(owner), PUT, "/api/slas/SLA-SVC/6", "{\"responseMinutes\": 1, \"resolutionMinutes\": 2}")))
        .isEqualTo("priority");
    assertThat(field(send(as(owner), PUT, "/api/slas/SLA-SVC/1", "{\"responseMinutes\": 60, \"resolutionMinutes\": 30}")))
        .isEqualTo("resolutionMinutes");
    assertThat(field(send(as(owner), PUT, "/api/slas/SLA-SVC/1", "{\"resolutionMinutes\": 30}")))
        .isEqualTo("responseMinutes");
    assertThat(field(send(as(owner), PUT, "/api/slas/SLA-SVC/1",
        "{\"responseMinutes\": 1, \"resolutionMinutes\": 2, \"calendarId\": \"nope\"}"))).isEqualTo("calendarId");
    assertThat(field(send(as(owner), PUT, "/api/slas/SLA-SVC/1",
        "{\"responseMinutes\": 1, \"resolutionMinutes\": 2, \"attainmentPercent\": 101}"))).isEqualTo("attainmentPercent");
    assertThat(send(as(owner), PUT, "/api/slas/NO-SUCH/1", "{\"responseMinutes\": 1, \"resolutionMinutes\": 2}")
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static String field(ResponseEntity<JsonNode> response) {
    return response.getBody().path("field").asText();
  }
}
