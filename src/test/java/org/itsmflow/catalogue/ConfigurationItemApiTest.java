package org.itsmflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.delete;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@Iso20000("8.2.6")
class ConfigurationItemApiTest extends ApplicationTest {

  private String owner;
  private String agent;

  @BeforeEach
  void catalogue() {
    owner = user("cmdb-owner", RoleGroup.SERVICE_OWNERS.id());
    agent = user("cmdb-agent", RoleGroup.SERVICE_DESK.id());
    send(as(owner), PUT, "/api/services/CMDB-MAIL", ServiceCatalogueApiTest.service("Mail"));
  }

  private static String ci(String name, String type, String status, String relations) {
    return ci(name, type, status, relations, false);
  }

  private static String ci(String name, String type, String status, String relations, boolean underChangeControl) {
    return """
        {"type": "%s", "name": "%s", "status": "%s", "ownerGroup": "support-2nd-level",
         "underChangeControl": %s, "services": ["CMDB-MAIL"], "relations": [%s]}
        """.formatted(type, name, status, underChangeControl, relations);
  }

  @Test
  void aCiUnderChangeControlIsEditedOnlyWithinAChangeImplementedOnIt() {
    String id = send(as(owner), POST, "/api/cis", ci("core-switch", "server", "active", "", true)).getBody()
        .path("id").asText();
    int entries = as(agent).getForObject("/api/cis/" + id + "/history", JsonNode.class).size();

    ResponseEntity<JsonNode> withoutChange = send(as(owner), PUT, "/api/cis/" + id,
        ci("core-switch", "server", "maintenance", "", true));
    ResponseEntity<JsonNode> unknownChange = send(as(owner), PUT, "/api/cis/" + id + "?change=CHG-999999",
        ci("core-switch", "server", "active", "", false));

    assertThat(withoutChange.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(withoutChange.getBody().path("detail").asText()).contains("under change control")
        .contains("'change'");
    assertThat(unknownChange.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode unchanged = as(agent).getForObject("/api/cis/" + id, JsonNode.class);
    assertThat(unchanged.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(unchanged.path("underChangeControl").asBoolean()).isTrue();
    assertThat(as(agent).getForObject("/api/cis/" + id + "/history", JsonNode.class)).hasSize(entries);
  }

  @Test
  void ciGetsANumberAndEveryChangeIsInItsHistory() {
    ResponseEntity<JsonNode> server = send(as(owner), POST, "/api/cis", ci("mail-host-01", "server", "active", ""));
    assertThat(server.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String serverId = server.getBody().path("id").asText();
    assertThat(serverId).matches("CI-\\d{6}");
    String appId = send(as(owner), POST, "/api/cis",
        ci("mail-app", "application", "active", "{\"relation\": \"runs-on\", \"target\": \"" + serverId + "\"}"))
        .getBody().path("id").asText();

    ResponseEntity<JsonNode> updated = send(as(owner), PUT, "/api/cis/" + serverId,
        ci("mail-host-01", "server", "maintenance", ""));

    assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode history = as(agent).getForObject("/api/cis/" + serverId + "/history", JsonNode.class);
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.path("field").asText()).isEqualTo("status");
    assertThat(last.path("oldValue").asText()).isEqualTo("active");
    assertThat(last.path("newValue").asText()).isEqualTo("maintenance");
    assertThat(last.path("changedBy").asText()).isEqualTo("cmdb-owner");
    assertThat(history.findValuesAsText("field")).contains("name", "type", "services");
    JsonNode app = as(agent).getForObject("/api/cis/" + appId, JsonNode.class);
    assertThat(app.path("relations").get(0).path("relation").asText()).isEqualTo("RUNS_ON");
    assertThat(as(agent).getForObject("/api/cis?service=CMDB-MAIL&type=application", String.class)).contains(appId);
  }

  @Test
  void anUnchangedSaveAddsNoHistory() {
    String id = send(as(owner), POST, "/api/cis", ci("db-01", "database", "active", "")).getBody().path("id").asText();
    int entries = as(agent).getForObject("/api/cis/" + id + "/history", JsonNode.class).size();

    send(as(owner), PUT, "/api/cis/" + id, ci("db-01", "database", "active", ""));

    assertThat(as(agent).getForObject("/api/cis/" + id + "/history", JsonNode.class)).hasSize(entries);
  }

  @Test
  void unknownReferencesAre404NamingTheField() {
    assertThat(send(as(owner), POST, "/api/cis", ci("x", "toaster", "active", "")).getBody().path("field").asText())
        .isEqualTo("type");
    ResponseEntity<JsonNode> relation = send(as(owner), POST, "/api/cis",
        ci("x", "server", "active", "{\"relation\": \"depends-on\", \"target\": \"CI-999999\"}"));
    assertThat(relation.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(relation.getBody().path("field").asText()).isEqualTo("relations[0].target");
    assertThat(send(as(owner), POST, "/api/cis", ci("x", "server", "broken", "")).getBody().path("field").asText())
        .isEqualTo("status");
    assertThat(as(agent).getForEntity("/api/cis/CI-999999", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send(as(owner), PUT, "/api/cis/CI-999999", ci("x", "server", "active", "")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void ciTypesAreDataAndAUsedTypeStays() {
    assertThat(send(as(owner), PUT, "/api/ci-types/printer", "{\"name\": \"Printer\"}").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    send(as(owner), POST, "/api/cis", ci("printer-3f", "printer", "active", ""));

    assertThat(as(agent).getForObject("/api/ci-types", String.class)).contains("printer");
    assertThat(delete(as(owner), "/api/ci-types/printer").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(send(as(agent), POST, "/api/cis", ci("x", "server", "active", "")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
