package org.itsmflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itsmflow.support.Json.delete;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

@Iso20000({"8.2.4", "8.2.2"})
class ServiceCatalogueApiTest extends ApplicationTest {

  @Autowired ServiceCatalogue catalogue;
  @Autowired TransactionTemplate transaction;

  private String owner;
  private String agent;

  @BeforeEach
  void users() {
    owner = user("catalogue-owner", RoleGroup.SERVICE_OWNERS.id());
    agent = user("catalogue-agent", RoleGroup.SERVICE_DESK.id());
  }

  static String service(String name, String... dependsOn) {
    return """
        {"name": "%s", "description": "Mail for everyone", "ownerGroup": "service-owners",
         "criticality": 1, "status": "live", "calendarId": "24x7", "dependsOn": [%s]}
        """.formatted(name, dependsOn.length == 0 ? "" : "\"" + String.join("\", \"", dependsOn) + "\"");
  }

  @Test
  void serviceOwnerMaintainsTheCatalogueAndStaffReadIt() {
    assertThat(send(as(owner), PUT, "/api/services/SVC-DNS", service("DNS")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<JsonNode> mail = send(as(owner), PUT, "/api/services/SVC-MAIL", service("E-mail", "SVC-DNS"));
    assertThat(mail.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(mail.getBody().path("dependsOn").toString()).contains("SVC-DNS");
    assertThat(send(as(owner), PUT, "/api/services/SVC-MAIL", service("Mail")).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    JsonNode read = as(agent).getForObject("/api/services/SVC-MAIL", JsonNode.class);
    assertThat(read.path("name").asText()).isEqualTo("Mail");
    assertThat(read.path("status").asText()).isEqualTo("LIVE");
    assertThat(read.path("dependsOn")).isEmpty();
    assertThat(as(agent).getForObject("/api/services?status=live", String.class)).contains("SVC-MAIL");
    assertThat(send(as(agent), PUT, "/api/services/SVC-AGENT", service("Nope")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aServiceOthersDependOnCannotBeDeleted() {
    send(as(owner), PUT, "/api/services/SVC-NET", service("Network"));
    send(as(owner), PUT, "/api/services/SVC-VPN", service("VPN", "SVC-NET"));

    ResponseEntity<JsonNode> refused = delete(as(owner), "/api/services/SVC-NET");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().path("detail").asText()).contains("SVC-VPN");
    assertThat(delete(as(owner), "/api/services/SVC-VPN").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(delete(as(owner), "/api/services/SVC-NET").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(delete(as(owner), "/api/services/SVC-NET").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void dependencyCyclesAreRefused() {
    send(as(owner), PUT, "/api/services/SVC-A", service("A"));
    send(as(owner), PUT, "/api/services/SVC-B", service("B", "SVC-A"));

    ResponseEntity<JsonNode> cycle = send(as(owner), PUT, "/api/services/SVC-A", service("A", "SVC-B"));

    assertThat(cycle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(cycle.getBody().path("field").asText()).isEqualTo("dependsOn[0]");
  }

  @Test
  void aCalendarAServiceUsesCannotBeDeleted() {
    send(as(owner), PUT, "/api/calendars/svc-hours", """
        {"name": "Service hours", "timeZone": "Europe/Berlin",
         "workingHours": {"MONDAY": [{"start": "08:00", "end": "18:00"}]}}
        """);
    send(as(owner), PUT, "/api/services/SVC-HOURS", service("Hours").replace("24x7", "svc-hours"));

    assertThat(delete(as(owner), "/api/calendars/svc-hours").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "name        | 400 | \"name\": \"X\"                 | \"name\": \" \"",
      "criticality | 400 | \"criticality\": 1              | \"criticality\": 4",
      "status      | 400 | \"status\": \"live\"           | \"status\": \"alive\"",
      "ownerGroup  | 404 | \"ownerGroup\": \"service-owners\" | \"ownerGroup\": \"nobody-group\"",
      "calendarId  | 404 | \"calendarId\": \"24x7\"       | \"calendarId\": \"no-calendar\"",
      "dependsOn[0] | 404 | \"dependsOn\": []             | \"dependsOn\": [\"SVC-MISSING\"]",
      "dependsOn[0] | 400 | \"dependsOn\": []             | \"dependsOn\": [\"SVC-SELF\"]",
  })
  void badInputNamesTheField(String field, int status, String valid, String invalid) {
    String body = service("X").replace(valid.strip(), invalid.strip());
    assertThat(body).isNotEqualTo(service("X"));

    ResponseEntity<JsonNode> response = send(as(owner), PUT, "/api/services/SVC-SELF", body);

    assertThat(response.getStatusCode().value()).isEqualTo(status);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    assertThat(as(agent).getForEntity("/api/services/SVC-SELF", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void whetherAServiceExistsIsKeptForTheTransactionAndFollowsItsOwnChanges() {
    transaction.executeWithoutResult(status -> {
      assertThat(catalogue.exists("KEPT-SVC")).isFalse();
      catalogue.save(new Service("KEPT-SVC", "Kept", null, RoleGroup.SERVICE_OWNERS.id(), 3, ServiceStatus.LIVE,
          "24x7", List.of()));
      assertThat(catalogue.exists("KEPT-SVC")).as("after saving it in the same transaction").isTrue();
      assertThat(catalogue.calendarOf("KEPT-SVC")).isEqualTo("24x7");
      catalogue.delete("KEPT-SVC");
      assertThat(catalogue.exists("KEPT-SVC")).as("after deleting it in the same transaction").isFalse();
    });
    assertThat(catalogue.exists("KEPT-SVC")).isFalse();
    assertThatThrownBy(() -> catalogue.calendarOf("KEPT-SVC")).isInstanceOf(RecordNotFoundException.class)
        .hasMessageContaining("KEPT-SVC");
  }

  @Test
  void codesMustBeUpperCase() {
    ResponseEntity<JsonNode> response = send(as(owner), PUT, "/api/services/mail", service("Mail"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("code");
  }
}
