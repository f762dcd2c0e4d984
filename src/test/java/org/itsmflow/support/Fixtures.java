package org.itsmflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.itsmflow.catalogue.CiRequest;
import org.itsmflow.catalogue.ConfigurationItems;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** Catalogue records of one test alone, so that schedules, trends and counts of tests sharing a database do not mix. */
public final class Fixtures {

  private static final AtomicInteger SERVICES = new AtomicInteger();

  private Fixtures() {}

  /** A live 24x7 service owned by service-owners; criticality 1 (critical) to 3 (low). */
  public static String service(JdbcTemplate jdbc, int criticality) {
    String code = "T" + SERVICES.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000);
    jdbc.update("INSERT INTO itsm_service (code, name, owner_group, criticality, status, calendar_id) "
        + "VALUES (?, 'Test service', 'service-owners', ?, 'LIVE', '24x7')", code, criticality);
    return code;
  }

  /** An active server CI under change control supporting the service. */
  public static String ci(ConfigurationItems cis, String service) {
    return cis.create(new CiRequest("server", "Test server", null, "active", "service-owners", true,
        List.of(service), List.of())).id();
  }

  /**
   * A problem on the service, categorised, analysed and with a workaround, which publishes a
   * known error; returns the known error's number. {@code manager} is a problem manager.
   */
  public static String publishKnownError(TestRestTemplate rest, String manager, String service, String title,
      String workaround) {
    String problem = post(rest, manager, "/api/problems", "{\"title\": \"" + title
        + "\", \"description\": \"Seen at door 3\", \"serviceCode\": \"" + service + "\"}").path("number").asText();
    post(rest, manager, "/api/problems/" + problem + "/categorisation",
        "{\"decision\": \"accept\", \"category\": \"hardware\", \"impact\": 2, \"urgency\": 2}");
    post(rest, manager, "/api/problems/" + problem + "/rca", "{\"method\": \"five-whys\", \"findings\": \"Old firmware\", "
        + "\"rootCause\": \"Reader firmware predates the new cards\", \"causeCategory\": \"hardware\"}");
    return post(rest, manager, "/api/problems/" + problem + "/workaround", "{\"workaround\": \"" + workaround + "\"}")
        .path("knownError").path("number").asText();
  }

  private static JsonNode post(TestRestTemplate rest, String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, ApplicationTest.PASSWORD).postForObject(path, new HttpEntity<>(body, headers),
        JsonNode.class);
  }
}
