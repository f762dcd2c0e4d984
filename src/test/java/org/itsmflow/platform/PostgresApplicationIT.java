package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.itsmflow.catalogue.CiRequest;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.NotificationLog;
import org.itsmflow.problem.KnownErrors;
import org.itsmflow.record.Attachment;
import org.itsmflow.record.Attachments;
import org.itsmflow.record.Visibility;
import org.itsmflow.request.RequestCatalogue;
import org.itsmflow.request.RequestItem;
import org.itsmflow.security.AdminAccount;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.sla.ServiceLevels;
import org.itsmflow.sla.SlaClocks;
import org.itsmflow.sla.SlaStatus;
import org.itsmflow.support.EmbeddedPostgresServer;
import org.itsmflow.support.StandaloneApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The production set-up: profile "postgres" on a real PostgreSQL server. */
class PostgresApplicationIT {

  private static final String ADMIN_PASSWORD = "Granite-Harbour-19";

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgresServer.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void applicationRunsOnPostgresWithMigrationsApplied() throws Exception {
    try (StandaloneApplication app = start(ADMIN_PASSWORD)) {
      JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject(
          "SELECT count(*) FROM flyway_schema_history WHERE version IN ('1', '2', '3', '4', '5') AND success",
          Integer.class)).isEqualTo(5);
      assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_calendar_hours WHERE calendar_id = '24x7'",
          Integer.class)).isEqualTo(7);
      assertThat(jdbc.queryForList("SELECT name FROM itsm_lock ORDER BY name", String.class))
          .containsExactly("model-deployment", "startup");
      assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL 16");

      NotificationLog notifications = app.bean(NotificationLog.class);
      Notification note = new Notification("PG-1/warning", RoleGroup.SERVICE_DESK.id(), "SLA_WARNING", "PG-1", "s", "b");
      assertThat(notifications.send(note)).isTrue();
      assertThat(notifications.send(note)).isFalse();
      assertThat(notifications.forGroups(List.of(RoleGroup.SERVICE_DESK.id()), 10)).hasSize(1);

      TransactionTemplate transaction = app.bean(TransactionTemplate.class);
      assertThat(app.bean(ServiceLevels.class).list(null)).hasSize(5);
      // A record without a process of its own: its clock's state only (the incidents below have timers).
      transaction.executeWithoutResult(status -> app.bean(SlaClocks.class)
          .startInRecordProcess("PG-1", "no-process-of-PG-1", null, 3, RoleGroup.SERVICE_DESK.id(),
              RoleGroup.INCIDENT_MANAGERS.id()));
      transaction.executeWithoutResult(status -> app.bean(SlaClocks.class).pause("PG-1"));
      assertThat(app.bean(SlaClocks.class).status("PG-1")).extracting(SlaStatus::state)
          .containsExactly("paused", "paused");
      String ci = app.bean(ConfigurationItems.class).create(new CiRequest("server", "pg-host", null, "active",
          RoleGroup.SUPPORT_2ND_LEVEL.id(), true, List.of(), List.of())).id();
      assertThat(ci).isEqualTo("CI-000001");
      // A creation that failed gives its number back (the lowest returned first, SKIP LOCKED on PostgreSQL).
      RecordNumbers numbers = app.bean(RecordNumbers.class);
      String[] failed = new String[1];
      assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
        failed[0] = numbers.next("OBJ");
        throw new IllegalStateException("creation failed");
      })).hasMessage("creation failed");
      String next = transaction.execute(status -> numbers.next("OBJ"));
      assertThat(next).isEqualTo(failed[0]);
      assertThat(app.bean(ConfigurationItems.class).history(ci)).isNotEmpty();

      ProcessEngine engine = app.bean(ProcessEngine.class);
      assertThat(engine.getIdentityService().createGroupQuery().groupId(RoleGroup.CAB.id()).count()).isOne();
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("foundation-smoke");
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isOne();

      // Problem management's own SQL on PostgreSQL: trend detection over real incidents, the
      // known-error search.
      jdbc.update("INSERT INTO itsm_service (code, name, owner_group, criticality, status, calendar_id) "
          + "VALUES ('PG-SVC', 'PostgreSQL test service', 'service-owners', 2, 'LIVE', '24x7')");
      for (int i = 0; i < 5; i++) {
        app.postJson("/api/incidents", AdminAccount.USER_ID, ADMIN_PASSWORD, "{\"title\": \"Disk full\", "
            + "\"description\": \"Again\", \"serviceCode\": \"PG-SVC\", \"ciId\": \"" + ci + "\", "
            + "\"impact\": 3, \"urgency\": 3}");
      }
      String detection = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("problem-detection").latestVersion().singleResult().getId();
      engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
          .processDefinitionId(detection).singleResult().getId());
      String problem = jdbc.queryForObject("SELECT number FROM itsm_problem WHERE trend_key = ?", String.class,
          "ci:" + ci);
      assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_problem_incident WHERE problem_number = ?",
          Integer.class, problem)).isEqualTo(5);
      app.postJson("/api/problems/" + problem + "/workaround", AdminAccount.USER_ID, ADMIN_PASSWORD,
          "{\"workaround\": \"Purge the temp folder\"}");
      assertThat(app.bean(KnownErrors.class).search("TEMP", ci, "PG-SVC", null, 0, 10))
          .singleElement().satisfies(k -> assertThat(k.problemNumber()).isEqualTo(problem));
      // A list longer than a string variable holds travels as JSON in the engine's byte arrays.
      List<String> servers = IntStream.range(0, 400).mapToObj(i -> "PGS-%06d".formatted(i)).toList();
      jdbc.batchUpdate("INSERT INTO itsm_ci (id, type_code, name, status, owner_group, under_change_control) "
          + "VALUES (?, 'server', ?, 'ACTIVE', 'service-owners', TRUE)", servers.stream()
          .map(id -> new Object[] {id, "Server " + id}).toList());
      Instant patchStart = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
      JsonNode patch = json(app.postJson("/api/changes", AdminAccount.USER_ID, ADMIN_PASSWORD, """
          {"title": "Patch all servers", "description": "Monthly OS patch", "category": "normal",
           "serviceCode": "PG-SVC", "ciIds": ["%s"], "impact": 2, "implementationPlan": "Rolling patch",
           "backoutPlan": "Uninstall the patch", "backoutTested": true, "plannedStart": "%s", "plannedEnd": "%s"}
          """.formatted(String.join("\", \"", servers), patchStart, patchStart.plus(Duration.ofHours(4)))));
      assertThat(patch.path("affectedCis")).hasSize(400);
      // The other record types' SQL on PostgreSQL: a service request through fulfilment and
      // confirmation, an improvement, a nonconformity, and the filtered lists.
      app.bean(RequestCatalogue.class).define(new RequestItem("PG-ITEM", "PG-SVC", "Disk quota", null,
          RoleGroup.SUPPORT_2ND_LEVEL.id(), "Raise the quota", List.of(new RequestItem.Field("size", "Size", true)),
          "never", BigDecimal.TEN, 4, true));
      String request = json(app.postJson("/api/requests", AdminAccount.USER_ID, ADMIN_PASSWORD,
          "{\"itemCode\": \"PG-ITEM\", \"details\": {\"size\": \"50 GB\"}}")).path("number").asText();
      app.postJson("/api/requests/" + request + "/fulfilment", AdminAccount.USER_ID, ADMIN_PASSWORD,
          "{\"outcome\": \"fulfilled\", \"notes\": \"Raised\"}");
      assertThat(json(app.postJson("/api/requests/" + request + "/confirmation", AdminAccount.USER_ID, ADMIN_PASSWORD,
          "{\"confirmed\": true}")).path("status").asText()).isEqualTo("closed");
      String improvement = json(app.postJson("/api/improvements", AdminAccount.USER_ID, ADMIN_PASSWORD,
          "{\"title\": \"t\", \"description\": \"d\", \"source\": \"audit\"}")).path("improvement")
          .path("number").asText();
      // An attachment's content in a bytea column, streamed in and out unchanged.
      byte[] pdf = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 3 * 1024 * 1024);
      Attachments attachments = app.bean(Attachments.class);
      Attachment attachment = transaction.execute(status -> attachments.add(improvement, new Attachments.Upload(
          "big.pdf", "application/pdf", pdf.length, new ByteArrayResource(pdf), Visibility.INTERNAL, null)));
      ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
      transaction.executeWithoutResult(status -> attachments.download(attachments.find(improvement,
          attachment.id()), downloaded));
      assertThat(downloaded.toByteArray()).isEqualTo(pdf);
      assertThat(attachment.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(pdf)));
      app.postJson("/api/nonconformities", AdminAccount.USER_ID, ADMIN_PASSWORD,
          "{\"title\": \"t\", \"description\": \"d\", \"source\": \"complaint\"}");
      for (String list : List.of("/api/requests?status=closed&item=PG-ITEM&service=PG-SVC",
          "/api/improvements?status=proposed&source=audit&priority=3", "/api/nonconformities?status=recorded&source=complaint",
          "/api/releases?status=building&type=minor", "/api/problems?status=logged&service=PG-SVC&ci=" + ci,
          "/api/request-items?service=PG-SVC", "/api/known-errors?status=all&q=temp")) {
        assertThat(app.get(list, AdminAccount.USER_ID, ADMIN_PASSWORD)).as(list).isEqualTo(200);
      }

      // The requester side's SQL on PostgreSQL: a profile, a report, its rating and the results, a
      // message of the mailbox kept as bytea and handled into a comment.
      org.camunda.bpm.engine.identity.User requester = engine.getIdentityService().newUser("pg-requester");
      requester.setEmail("pg.requester@example.test");
      requester.setPassword("Quiet-Harbour-31");
      engine.getIdentityService().saveUser(requester);
      assertThat(json(app.putJson("/api/admin/requesters/pg-requester", AdminAccount.USER_ID, ADMIN_PASSWORD,
          "{\"organisation\": \"Plant\", \"seesOrganisation\": true}")).path("seesOrganisation").asBoolean()).isTrue();
      String reported = json(app.postJson("/api/portal/incidents", "pg-requester", "Quiet-Harbour-31",
          "{\"title\": \"Printer\", \"description\": \"Jams\", \"serviceCode\": \"PG-SVC\", \"impact\": 3, "
              + "\"urgency\": 3}")).path("number").asText();
      byte[] reply = ("Message-ID: <pg-1@example.test>\r\nFrom: pg.requester@example.test\r\nSubject: Re: ["
          + reported + "] x\r\n\r\nTray 2 only\r\n").getBytes(StandardCharsets.UTF_8);
      jdbc.update("INSERT INTO itsm_mail_in (message_id, received_at, sender, subject, size_bytes, content) "
          + "VALUES ('<pg-1@example.test>', CURRENT_TIMESTAMP, 'pg.requester@example.test', 'x', ?, ?)", reply.length, reply);
      long mail = jdbc.queryForObject("SELECT id FROM itsm_mail_in WHERE message_id = '<pg-1@example.test>'", Long.class);
      assertThat(app.bean(org.itsmflow.mailin.MailIntake.class).handle(mail)).isEqualTo("comment");
      app.postJson("/api/incidents/" + reported + "/resolve", AdminAccount.USER_ID, ADMIN_PASSWORD,
          "{\"resolutionCode\": \"fixed\", \"resolution\": \"Cleaned\"}");
      app.postJson("/api/portal/tickets/" + reported + "/confirm", "pg-requester", "Quiet-Harbour-31", "{}");
      JsonNode rated = json(app.postJson("/api/portal/tickets/" + reported + "/rating", "pg-requester",
          "Quiet-Harbour-31", "{\"rating\": 4}"));
      assertThat(rated.path("notes").findValuesAsText("text")).contains("Tray 2 only");
      // The report measures' SQL on PostgreSQL.
      org.itsmflow.reporting.Measures measures = app.bean(org.itsmflow.reporting.Measures.class);
      assertThat(measures.compute("satisfaction", Instant.now().minus(Duration.ofDays(1)).toString(),
          Instant.now().plus(Duration.ofDays(1)).toString(), "PG-SVC", "group", java.time.ZoneOffset.UTC).rows())
          .singleElement().satisfies(r -> assertThat(r.values().get("average")).isEqualTo(4.0));
      for (org.itsmflow.reporting.Measure measure : measures.all()) {
        for (String grouping : measure.groupings()) {
          assertThat(measures.compute(measure.name(), "2026-01-01", "2031-01-01", null, grouping,
              java.time.ZoneOffset.UTC).rows()).as(measure.name() + " by " + grouping).isNotNull();
        }
      }
      for (String list : List.of("/api/portal/tickets?status=all", "/api/portal/catalogue")) {
        assertThat(app.get(list, "pg-requester", "Quiet-Harbour-31")).as(list).isEqualTo(200);
      }
      assertThat(app.get("/api/admin/mail-in", AdminAccount.USER_ID, ADMIN_PASSWORD)).isEqualTo(200);

      // Last: a wrong password throttles the user.
      assertThat(app.get("/engine-rest/process-definition", AdminAccount.USER_ID, ADMIN_PASSWORD)).isEqualTo(200);
      assertThat(app.get("/engine-rest/process-definition", AdminAccount.USER_ID, "wrong-" + ADMIN_PASSWORD))
          .isEqualTo(401);
    }
  }

  @Test
  void refusesToStartWithoutAnAdminPassword() {
    assertThatThrownBy(() -> start("").close())
        .hasStackTraceContaining("ITSM_ADMIN_PASSWORD is not set");
  }

  private static StandaloneApplication start(String adminPassword) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("ITSM_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
    properties.put("ITSM_DB_USER", "postgres");
    properties.put("ITSM_DB_PASSWORD", "");
    properties.put("itsm.admin.password", adminPassword);
    return StandaloneApplication.start("postgres-test", properties, "postgres");
  }

  private static JsonNode json(String body) throws Exception {
    return new ObjectMapper().readTree(body);
  }
}
