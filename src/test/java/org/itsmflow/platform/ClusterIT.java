package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.itsmflow.security.AdminAccount;
import org.itsmflow.support.EmbeddedPostgresServer;
import org.itsmflow.support.ForkedApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one PostgreSQL, as docs/cluster.md runs them: two application JVMs started
 * together do the start-up work once; records created and worked on over both; a storm of 2,000
 * SLA warnings falling due at once, handled over both nodes while one is killed with
 * {@code kill -9}: the other takes the dead node's jobs over once their lock expires, every
 * warning is raised exactly once and nothing acknowledged is lost. Then a node is stopped with
 * SIGTERM while an upload is in flight (it finishes), and a restarted node runs the jobs.
 */
class ClusterIT {

  private static final String ADMIN_PASSWORD = "Cluster-Test-Pass-42";
  private static final String SERVICE = "CLUSTER";
  private static final int STORM = 2_000;
  // Incidents created after the storm's and worked on at the other node; a work note answers the
  // incident, so their response warnings are not part of the storm.
  private static final int WORKED_ON = 100;
  private static final int CLIENTS = 8;
  // Short for the test; the default (2 minutes) is in application.yaml and docs/configuration.md.
  private static final Duration LOCK_TIME = Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  // The nodes' logs stay after the run, for a failure's cause.
  private final Path logs = Path.of("target", "cluster-it");

  private final Map<String, Object> figures = new LinkedHashMap<>();

  @Test
  void twoNodesShareTheWorkAndSurviveTheLossOfOne() throws Exception {
    Files.createDirectories(logs);
    for (String node : List.of("node-a.log", "node-b.log")) {
      Files.deleteIfExists(logs.resolve(node));
    }
    try (EmbeddedPostgres postgres = EmbeddedPostgresServer.start(Map.of("max_connections", "200"))) {
      JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
      Map<String, String> environment = new HashMap<>();
      environment.put("ITSM_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
      environment.put("ITSM_DB_USER", "postgres");
      environment.put("ITSM_DB_PASSWORD", "");
      environment.put("ITSM_ADMIN_PASSWORD", ADMIN_PASSWORD);
      environment.put("ITSM_DATA_DIR", dataDir.toString());
      environment.put("SPRING_PROFILES_ACTIVE", "postgres");
      environment.put("ITSM_JOB_LOCK_MILLIS", String.valueOf(LOCK_TIME.toMillis()));

      long startUp = System.nanoTime();
      CompletableFuture<ForkedApplication> startingA = CompletableFuture.supplyAsync(() -> start(environment, "node-a"));
      CompletableFuture<ForkedApplication> startingB = CompletableFuture.supplyAsync(() -> start(environment, "node-b"));
      ForkedApplication a = startingA.join();
      ForkedApplication b = startingB.join();
      figures.put("both nodes ready after (s)", seconds(startUp));
      try {
        startUpWorkDoneOnce(db);
        List<String> storm = recordsCreatedAndWorkedOnBothNodes(db, a, b);
        stormSurvivesTheLossOfANode(db, a, b, storm);
        ForkedApplication restartedA = start(environment, "node-a");
        try {
          gracefulShutdownFinishesAnUploadAndARestartedNodeRunsTheJobs(db, restartedA, b, storm);
        } finally {
          restartedA.close();
        }
      } finally {
        a.close();
        b.close();
        System.out.println("ClusterIT figures: " + figures);
      }
    }
  }

  private ForkedApplication start(Map<String, String> environment, String node) {
    try {
      return ForkedApplication.start(environment, logs.resolve(node + ".log"),
          // Idle nodes look for due jobs at least every 5 s (Camunda's default backs off to 60 s).
          "--camunda.bpm.job-execution.max-wait=5000");
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("Node " + node + " did not start", e);
    }
  }

  /** Both nodes ran their start-up; the work it does (migrations, deployment, accounts, schedules) happened once. */
  private static void startUpWorkDoneOnce(JdbcTemplate db) {
    assertThat(db.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE NOT success", Integer.class)).isZero();
    assertThat(db.queryForObject("SELECT count(*) - count(DISTINCT version) FROM flyway_schema_history", Integer.class))
        .isZero();
    assertThat(db.queryForList("SELECT key_ FROM act_re_procdef WHERE version_ > 1", String.class))
        .as("processes deployed twice").isEmpty();
    assertThat(db.queryForList("SELECT key_ FROM act_re_decision_def WHERE version_ > 1", String.class))
        .as("decisions deployed twice").isEmpty();
    assertThat(db.queryForObject("SELECT count(*) FROM act_re_procdef WHERE key_ = 'incident-management'",
        Integer.class)).isOne();
    assertThat(db.queryForList("SELECT id_ FROM act_id_user", String.class)).containsExactly(AdminAccount.USER_ID);
    assertThat(db.queryForList("SELECT name_ FROM act_ru_filter GROUP BY name_ HAVING count(*) > 1", String.class))
        .as("Tasklist filters created twice").isEmpty();
    assertThat(db.queryForList("SELECT proc_def_key_ FROM act_ru_execution WHERE parent_id_ IS NULL "
        + "GROUP BY proc_def_key_ HAVING count(*) > 1", String.class)).as("schedules started twice").isEmpty();
    assertThat(db.queryForList("SELECT job_def_id_ FROM act_ru_job WHERE process_instance_id_ IS NULL "
        + "GROUP BY job_def_id_ HAVING count(*) > 1", String.class)).as("timer start events twice").isEmpty();
  }

  /**
   * Clients create the storm's incidents and a hundred more over both nodes; the hundred are
   * then worked on at the node that did not create them. @return the storm's incidents' numbers
   */
  private List<String> recordsCreatedAndWorkedOnBothNodes(JdbcTemplate db, ForkedApplication a, ForkedApplication b)
      throws Exception {
    assertThat(a.send("PUT", "/api/services/" + SERVICE, AdminAccount.USER_ID, ADMIN_PASSWORD, """
        {"name": "Cluster test", "ownerGroup": "service-owners", "criticality": 2, "status": "live",
         "calendarId": "24x7"}
        """).statusCode()).isBetween(200, 201);
    Map<String, ForkedApplication> createdAt = Collections.synchronizedMap(new HashMap<>());
    List<String> refused = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<CompletableFuture<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      ForkedApplication node = c % 2 == 0 ? a : b;
      clients.add(CompletableFuture.runAsync(() -> {
        while (next.getAndIncrement() < STORM + WORKED_ON) {
          String number = createIncident(node, refused);
          if (number != null) {
            createdAt.put(number, node);
          }
        }
      }));
    }
    CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).join();
    figures.put("incidents created over both nodes", createdAt.size());
    figures.put("creations per second", Math.round(createdAt.size() / seconds(start)));
    assertThat(refused).as("creations refused").isEmpty();
    assertThat(createdAt).hasSize(STORM + WORKED_ON);

    // Worked on at the other node: a work note, then read back with the first node's entries.
    List<String> numbers = createdAt.keySet().stream().sorted().toList();
    for (String number : numbers.subList(STORM, STORM + WORKED_ON)) {
      ForkedApplication other = createdAt.get(number) == a ? b : a;
      HttpResponse<String> note = other.send("POST", "/api/incidents/" + number + "/work-notes", AdminAccount.USER_ID,
          ADMIN_PASSWORD, "{\"text\": \"Checked from the other node\"}");
      assertThat(note.statusCode()).as(note.body()).isBetween(200, 201);
      String incident = createdAt.get(number).send("GET", "/api/incidents/" + number, AdminAccount.USER_ID,
          ADMIN_PASSWORD, null).body();
      assertThat(incident).contains("Checked from the other node", "recorded");
    }
    // Numbers come from one sequence for both nodes: the incidents are exactly a range.
    assertThat(db.queryForObject("SELECT count(*) FROM itsm_incident WHERE number BETWEEN ? AND ?", Integer.class,
        numbers.get(0), numbers.get(numbers.size() - 1))).isEqualTo(STORM + WORKED_ON);
    return numbers.subList(0, STORM);
  }

  private static String createIncident(ForkedApplication node, List<String> refused) {
    try {
      HttpResponse<String> created = node.send("POST", "/api/incidents", AdminAccount.USER_ID, ADMIN_PASSWORD, """
          {"title": "Cluster storm", "description": "Logged by monitoring", "serviceCode": "%s", "impact": 3,
           "urgency": 3, "reportedBy": "monitoring", "channel": "monitoring"}
          """.formatted(SERVICE));
      if (created.statusCode() == 201) {
        return JSON.readTree(created.body()).path("number").asText();
      }
      refused.add(created.statusCode() + " " + created.body());
      return null;
    } catch (IOException e) {
      refused.add(e.toString());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * The response warnings of all storm incidents fall due at once (their due times moved to now,
   * as the clock reaching them would); node A is killed while both nodes work through them and
   * clients keep creating incidents on both.
   */
  private void stormSurvivesTheLossOfANode(JdbcTemplate db, ForkedApplication a, ForkedApplication b,
      List<String> storm) throws Exception {
    String first = storm.get(0);
    String last = storm.get(storm.size() - 1);
    ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicBoolean creating = new AtomicBoolean(true);
    List<Thread> clients = new ArrayList<>();
    for (ForkedApplication node : List.of(a, b, a, b)) {
      Thread client = new Thread(() -> {
        List<String> ignored = new ArrayList<>();
        while (creating.get() && node.isAlive()) {
          String number = createIncident(node, ignored);
          if (number != null) {
            acknowledged.add(number);
          }
        }
      });
      client.start();
      clients.add(client);
    }

    long start = System.nanoTime();
    makeDue(db, "RESPONSE", "Event_SlaResponseWarningDue", first, last);
    int warned = 0;
    while (warned < STORM * 3 / 10) {
      assertThat(seconds(start)).as("warnings handled before the kill: " + warned).isLessThan(120);
      TimeUnit.MILLISECONDS.sleep(50);
      warned = warned(db, "RESPONSE", first, last);
    }
    figures.put("storm: warnings per second over both nodes", Math.round(warned / seconds(start)));
    a.kill();
    long killed = System.nanoTime();
    figures.put("warnings handled when node A was killed", warned);
    figures.put("jobs locked by either node at the kill", db.queryForObject(
        "SELECT count(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL AND lock_exp_time_ > ?", Integer.class,
        Timestamp.from(Instant.now())));

    while (warned < STORM) {
      assertThat(seconds(killed)).as("warnings handled after the kill: " + warned).isLessThan(180);
      TimeUnit.MILLISECONDS.sleep(100);
      warned = warned(db, "RESPONSE", first, last);
    }
    figures.put("storm: all warnings handled after (s)", seconds(start));
    figures.put("storm: last warning after the kill (s)", seconds(killed));
    creating.set(false);
    for (Thread client : clients) {
      client.join(60_000);
    }

    // Exactly once: the warning step's history, the notifications and the escalations, one each per incident.
    String stormInstances = "(SELECT process_instance_id FROM itsm_incident WHERE number BETWEEN ? AND ?)";
    assertThat(db.queryForObject("SELECT count(*) FROM act_hi_actinst WHERE act_id_ = 'Task_RaiseResponseWarning' "
        + "AND end_time_ IS NOT NULL AND proc_inst_id_ IN " + stormInstances, Integer.class, first, last))
        .isEqualTo(STORM);
    assertThat(db.queryForObject("SELECT count(*) FROM itsm_notification WHERE kind = 'SLA_WARNING' "
        + "AND record_ref BETWEEN ? AND ?", Integer.class, first, last)).isEqualTo(STORM);
    assertThat(db.queryForObject("SELECT count(*) FROM itsm_work_log WHERE action = 'escalated' "
        + "AND number BETWEEN ? AND ?", Integer.class, first, last)).isEqualTo(STORM);
    assertThat(db.queryForObject("SELECT count(*) FROM act_ru_incident", Integer.class)).as("failed jobs").isZero();
    // Which node raised which warning: each node logs the notifications it sends (a warning in
    // flight when node A died is in its log too, though its transaction never committed).
    long byA = warningsLogged("node-a.log");
    long byB = warningsLogged("node-b.log");
    figures.put("storm warnings logged by node A, node B", byA + ", " + byB);
    assertThat(byA).as("node A took part").isPositive();
    assertThat(byB).as("node B took part").isPositive();

    // Nothing acknowledged is lost: every incident answered 201 has its record and its process.
    List<String> lost = new ArrayList<>();
    for (String number : acknowledged) {
      Integer found = db.queryForObject("SELECT count(*) FROM itsm_incident i JOIN act_ru_execution e "
          + "ON e.proc_inst_id_ = i.process_instance_id AND e.parent_id_ IS NULL AND e.business_key_ = i.number "
          + "WHERE i.number = ?", Integer.class, number);
      if (found != 1) {
        lost.add(number);
      }
    }
    figures.put("incidents acknowledged during the storm", acknowledged.size());
    assertThat(acknowledged).isNotEmpty();
    assertThat(lost).as("acknowledged but lost").isEmpty();
  }

  /**
   * Node B gets SIGTERM while a file is being uploaded to it: the upload finishes (201), then B
   * stops its job executor and exits. The restarted node A alone runs the next warnings.
   */
  private void gracefulShutdownFinishesAnUploadAndARestartedNodeRunsTheJobs(JdbcTemplate db,
      ForkedApplication restartedA, ForkedApplication b, List<String> storm) throws Exception {
    assertThat(db.queryForList("SELECT key_ FROM act_re_procdef WHERE version_ > 1", String.class))
        .as("the restart deployed nothing again").isEmpty();

    CompletableFuture<HttpResponse<String>> upload = slowUpload(b, storm.get(0), Duration.ofSeconds(4));
    TimeUnit.SECONDS.sleep(1);
    long stopping = System.nanoTime();
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
      try {
        return b.terminate(Duration.ofSeconds(60));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    HttpResponse<String> uploaded = upload.get(60, TimeUnit.SECONDS);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    assertThat(exit.get(60, TimeUnit.SECONDS)).as("exit code after SIGTERM").isIn(0, 143);
    figures.put("node B stopped after SIGTERM (s)", seconds(stopping));
    String log = Files.readString(logs.resolve("node-b.log"));
    assertThat(log).contains("Commencing graceful shutdown", "Graceful shutdown complete");
    assertThat(db.queryForObject("SELECT count(*) FROM itsm_attachment WHERE number = ?", Integer.class,
        storm.get(0))).isOne();

    // The resolution warnings of a hundred incidents fall due: the restarted node A runs them all.
    String first = storm.get(0);
    String last = storm.get(99);
    makeDue(db, "RESOLUTION", "Event_SlaResolutionWarningDue", first, last);
    long start = System.nanoTime();
    while (warned(db, "RESOLUTION", first, last) < 100) {
      assertThat(seconds(start)).as("resolution warnings after the restart").isLessThan(120);
      TimeUnit.MILLISECONDS.sleep(200);
    }
    assertThat(db.queryForObject("SELECT count(*) FROM itsm_notification WHERE kind = 'SLA_WARNING' "
        + "AND record_ref BETWEEN ? AND ?", Integer.class, first, last)).as("response and resolution warnings")
        .isEqualTo(200);
  }

  private long warningsLogged(String log) throws IOException {
    try (var lines = Files.lines(logs.resolve(log))) {
      return lines.filter(line -> line.contains("kind=SLA_WARNING")).count();
    }
  }

  /** A multipart upload whose body arrives over the given time. */
  private static CompletableFuture<HttpResponse<String>> slowUpload(ForkedApplication node, String number,
      Duration over) {
    String boundary = "cluster-test-boundary";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"trace.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    int chunks = 40;
    byte[] chunk = "network trace line\n".repeat(500).getBytes(StandardCharsets.US_ASCII);
    InputStream body = new InputStream() {
      private int sent = -1;
      private byte[] current = head;
      private int position;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        while (position == current.length) {
          if (sent == chunks) {
            return -1;
          }
          sent++;
          current = sent == chunks ? tail : chunk;
          position = 0;
          try {
            // A slow client, in wall-clock time: the upload must still be in flight at the SIGTERM.
            TimeUnit.MILLISECONDS.sleep(over.toMillis() / chunks);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
          }
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        return n;
      }
    };
    String credentials = Base64.getEncoder().encodeToString((AdminAccount.USER_ID + ":" + ADMIN_PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(node.uri("/api/records/" + number + "/attachments"))
        .header("Authorization", "Basic " + credentials)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
    return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The target's warnings of the incidents from first to last fall due now. */
  private static void makeDue(JdbcTemplate db, String target, String timerEvent, String first, String last) {
    Timestamp now = Timestamp.from(Instant.now().minusSeconds(1));
    int clocks = db.update("UPDATE itsm_sla_clock SET warning_at = ? WHERE target = ? AND record_ref BETWEEN ? AND ?",
        now, target, first, last);
    int jobs = db.update("UPDATE act_ru_job SET duedate_ = ? WHERE job_def_id_ IN "
        + "(SELECT id_ FROM act_ru_jobdef WHERE act_id_ = ?) AND process_instance_id_ IN "
        + "(SELECT process_instance_id FROM itsm_incident WHERE number BETWEEN ? AND ?)", now, timerEvent, first, last);
    assertThat(jobs).isEqualTo(clocks);
  }

  private static int warned(JdbcTemplate db, String target, String first, String last) {
    return db.queryForObject("SELECT count(*) FROM itsm_sla_clock WHERE target = ? AND record_ref BETWEEN ? AND ? "
        + "AND warned_at IS NOT NULL", Integer.class, target, first, last);
  }

  private static double seconds(long since) {
    return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
  }
}
