package org.itsmflow.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.JsonNode;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The record kernel's API: any record by its number, links between records of any types, public work notes. */
@Iso20000("7.5")
class RecordApiTest extends ApplicationTest {

  private String agent;
  private String owner;

  @BeforeEach
  void setUp() {
    agent = user("rec-api-agent", RoleGroup.SERVICE_DESK.id());
    owner = user("rec-api-owner", RoleGroup.PROCESS_OWNERS.id());
  }

  @Test
  void anyRecordIsFoundByItsNumberWithItsTypeStatusAndWorkLog() {
    String improvement = improvement();

    JsonNode record = ok(send(as(agent), GET, "/api/records/" + improvement, null));

    assertThat(record.path("type").asText()).isEqualTo("improvement");
    assertThat(record.path("status").asText()).isEqualTo("proposed");
    assertThat(record.path("ended").asBoolean()).isFalse();
    assertThat(record.path("href").asText()).isEqualTo("/api/improvements/" + improvement);
    assertThat(record.path("workLog").get(0).path("action").asText()).isEqualTo("suggested");
    assertThat(record.path("workLog").get(0).path("by").asText()).isEqualTo(agent);
    assertThat(record.path("workLog").get(0).path("visibility").asText()).isEqualTo("internal");
  }

  @Test
  void recordsOfAnyTypesAreLinkedOnceAndShowTheLinkFromBothSides() {
    String improvement = improvement();
    String nonconformity = nonconformity();

    ok(send(as(agent), POST, "/api/records/" + improvement + "/links",
        "{\"kind\": \"caused-by\", \"to\": \"" + nonconformity + "\"}"));
    JsonNode links = ok(send(as(agent), POST, "/api/records/" + improvement + "/links",
        "{\"kind\": \"caused-by\", \"to\": \"" + nonconformity + "\"}"));

    assertThat(links).hasSize(1);
    assertThat(links.get(0).path("kind").asText()).isEqualTo("caused-by");
    assertThat(links.get(0).path("number").asText()).isEqualTo(nonconformity);
    assertThat(links.get(0).path("type").asText()).isEqualTo("nonconformity");
    assertThat(links.get(0).path("linkedBy").asText()).isEqualTo(agent);
    JsonNode other = ok(send(as(agent), GET, "/api/records/" + nonconformity, null));
    assertThat(other.path("links").get(0).path("kind").asText()).isEqualTo("causes");
    assertThat(other.path("links").get(0).path("number").asText()).isEqualTo(improvement);
    assertThat(other.path("workLog").findValuesAsText("text")).contains("causes " + improvement);

    long id = links.get(0).path("id").asLong();
    assertThat(ok(send(as(agent), DELETE, "/api/records/" + improvement + "/links/" + id, null))).isEmpty();
    assertThat(ok(send(as(agent), GET, "/api/records/" + nonconformity + "/links", null))).isEmpty();
  }

  @Test
  void aBadLinkIsRefusedNamingTheFieldAndNothingIsWritten() {
    String improvement = improvement();
    String path = "/api/records/" + improvement + "/links";

    assertRefused(send(as(agent), POST, path, "{\"kind\": \"blocks\", \"to\": \"" + improvement + "\"}"),
        HttpStatus.BAD_REQUEST, "kind");
    assertRefused(send(as(agent), POST, path, "{\"kind\": \"relates-to\", \"to\": \"" + improvement + "\"}"),
        HttpStatus.BAD_REQUEST, "to");
    assertRefused(send(as(agent), POST, path, "{\"kind\": \"relates-to\"}"), HttpStatus.BAD_REQUEST, "to");
    assertRefused(send(as(agent), POST, path, "{\"kind\": \"relates-to\", \"to\": \"INC-999999\"}"),
        HttpStatus.NOT_FOUND, "to");
    assertRefused(send(as(agent), POST, path, "{\"kind\": \"relates-to\", \"to\": \"'; DROP TABLE x\"}"),
        HttpStatus.NOT_FOUND, "to");
    assertThat(send(as(agent), POST, "/api/records/IMP-999999/links", "{\"kind\": \"relates-to\", \"to\": \""
        + improvement + "\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send(as(agent), GET, "/api/records/nothing-of-ours", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send(as(agent), DELETE, path + "/424242", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    JsonNode record = ok(send(as(agent), GET, "/api/records/" + improvement, null));
    assertThat(record.path("links")).isEmpty();
    assertThat(record.path("workLog").findValuesAsText("action")).containsExactly("suggested", "prioritised");
  }

  @Test
  void auditorsReadRecordsButDoNotLinkThem() {
    String auditor = user("rec-api-auditor", RoleGroup.AUDITORS.id());
    String improvement = improvement();

    assertThat(send(as(auditor), GET, "/api/records/" + improvement, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(send(as(auditor), POST, "/api/records/" + improvement + "/links",
        "{\"kind\": \"relates-to\", \"to\": \"" + nonconformity() + "\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/records/" + improvement, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aWorkNoteIsInternalUnlessMarkedPublic() {
    String improvement = improvement();
    String notes = "/api/improvements/" + improvement + "/work-notes";

    ok(send(as(agent), POST, notes, "{\"text\": \"Asked finance for the licence cost\"}"));
    ok(send(as(agent), POST, notes, "{\"text\": \"We are looking into it\", \"visibility\": \"public\"}"));
    assertRefused(send(as(agent), POST, notes, "{\"text\": \"x\", \"visibility\": \"everyone\"}"),
        HttpStatus.BAD_REQUEST, "visibility");

    JsonNode log = ok(send(as(agent), GET, "/api/records/" + improvement, null)).path("workLog");
    // suggested, prioritised, the two notes
    assertThat(log.findValuesAsText("visibility")).containsExactly("internal", "internal", "internal", "public");
    assertThat(log.get(3).path("text").asText()).isEqualTo("We are looking into it");
  }

  private String improvement() {
    return ok(send(as(agent), POST, "/api/improvements", "{\"title\": \"Self-service password reset\", "
        + "\"description\": \"A third of calls are password resets\", \"benefit\": \"high\"}"))
        .path("improvement").path("number").asText();
  }

  private String nonconformity() {
    return ok(send(as(owner), POST, "/api/nonconformities", "{\"title\": \"Change without CAB\", "
        + "\"description\": \"CHG-000012 went live unauthorised\", \"source\": \"audit-finding\"}"))
        .path("nonconformity").path("number").asText();
  }

  private static JsonNode ok(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
    return response.getBody();
  }

  private static void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status, String field) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
  }
}
