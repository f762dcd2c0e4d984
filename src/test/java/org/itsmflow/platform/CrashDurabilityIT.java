package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.itsmflow.security.AdminAccount;
import org.itsmflow.support.EmbeddedPostgresServer;
import org.itsmflow.support.ForkedApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: clients create incidents while the application is killed with
 * {@code kill -9}; after a restart every incident answered 201 has its record, its process
 * instance and its SLA clocks. On the default H2 file database and on PostgreSQL.
 */
class CrashDurabilityIT {

  private static final String ADMIN_PASSWORD = "Crash-Test-Pass-42";
  private static final String SERVICE = "CRASH";
  private static final int CLIENTS = 4;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ConcurrentLinkedQueue<String> REFUSALS = new ConcurrentLinkedQueue<>();

  @TempDir Path dataDir;

  @Test
  void theDefaultH2DatabaseKeepsEveryAcknowledgedIncident() throws Exception {
    Map<String, String> environment = Map.of("ITSM_DATA_DIR", dataDir.toString(), "ITSM_ADMIN_PASSWORD", ADMIN_PASSWORD);
    killUnderLoadAndCheck(environment, dataDir.resolve("h2.log"));
  }

  @Test
  void postgresqlKeepsEveryAcknowledgedIncident() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgresServer.start()) {
      Map<String, String> environment = new HashMap<>();
      environment.put("ITSM_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
      environment.put("ITSM_DB_USER", "postgres");
      environment.put("ITSM_DB_PASSWORD", "");
      environment.put("ITSM_ADMIN_PASSWORD", ADMIN_PASSWORD);
      environment.put("SPRING_PROFILES_ACTIVE", "postgres");
      killUnderLoadAndCheck(environment, dataDir.resolve("postgres.log"));
    }
  }

  private void killUnderLoadAndCheck(Map<String, String> environment, Path log) throws Exception {
    Files.createDirectories(log.getParent());
    List<String> acknowledged = new ArrayList<>();
    try (ForkedApplication app = ForkedApplication.start(environment, log)) {
      HttpResponse<String> service = app.send("PUT", "/api/services/" + SERVICE, AdminAccount.USER_ID,
          ADMIN_PASSWORD, """
          {"name": "Crash test", "ownerGroup": "service-owners", "criticality": 2, "status": "live",
           "calendarId": "24x7"}
          """);
      assertThat(service.statusCode()).as(service.body()).isBetween(200, 201);
      acknowledged.addAll(createWhileKilled(app));
    }
    assertThat(acknowledged).as("incidents acknowledged before the kill; refused: " + REFUSALS.stream().limit(3).toList())
        .hasSizeGreaterThan(10);

    try (ForkedApplication app = ForkedApplication.start(environment, log)) {
      List<String> lost = new ArrayList<>();
      for (String number : acknowledged) {
        HttpResponse<String> incident = app.send("GET", "/api/incidents/" + number, AdminAccount.USER_ID,
            ADMIN_PASSWORD, null);
        if (incident.statusCode() != 200 || JSON.readTree(incident.body()).path("resolutionDueAt").asText().isEmpty()
            || instances(app, "incident-management", number) != 1
            || slaTimers(app, JSON.readTree(incident.body()).path("processInstanceId").asText()) != 4) {
          lost.add(number);
        }
      }
      assertThat(lost).as("acknowledged (201) but missing after kill -9: record, process or SLA clocks").isEmpty();
      System.out.printf("%s: %d incidents acknowledged before kill -9, all found after the restart%n",
          log.getFileName(), acknowledged.size());
    }
  }

  /** Clients create incidents; the application is killed while they do. Returns the numbers answered 201. */
  private static List<String> createWhileKilled(ForkedApplication app) throws Exception {
    ConcurrentLinkedQueue<String> numbers = new ConcurrentLinkedQueue<>();
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      Thread client = new Thread(() -> {
        while (running.get()) {
          try {
            HttpResponse<String> created = app.send("POST", "/api/incidents", AdminAccount.USER_ID, ADMIN_PASSWORD, """
                {"title": "Crash test", "description": "Created while the node is killed", "serviceCode": "%s", "impact": 3, "urgency": 3,
                 "reportedBy": "crash-test", "channel": "phone"}
                """.formatted(SERVICE));
            if (created.statusCode() == 201) {
              numbers.add(JSON.readTree(created.body()).path("number").asText());
            } else {
              REFUSALS.add(created.statusCode() + " " + created.body());
            }
          } catch (Exception killed) {
            return;
          }
        }
      });
      client.start();
      clients.add(client);
    }
    long deadline = System.nanoTime() + 6_000_000_000L;
    while (System.nanoTime() < deadline && numbers.size() < 400) {
      clients.get(0).join(50);
    }
    app.kill();
    running.set(false);
    for (Thread client : clients) {
      client.join(60_000);
    }
    return List.copyOf(numbers);
  }

  /** The SLA deadlines' timers of the incident's process. */
  private static int slaTimers(ForkedApplication app, String processInstanceId) throws Exception {
    HttpResponse<String> count = app.send("GET", "/engine-rest/job/count?timers=true&processInstanceId="
        + processInstanceId, AdminAccount.USER_ID, ADMIN_PASSWORD, null);
    return JSON.readTree(count.body()).path("count").asInt(-1);
  }

  private static int instances(ForkedApplication app, String processKey, String number) throws Exception {
    HttpResponse<String> count = app.send("GET", "/engine-rest/process-instance/count?processDefinitionKey="
        + processKey + "&businessKey=" + number, AdminAccount.USER_ID, ADMIN_PASSWORD, null);
    JsonNode body = JSON.readTree(count.body());
    return body.path("count").asInt(-1);
  }
}
