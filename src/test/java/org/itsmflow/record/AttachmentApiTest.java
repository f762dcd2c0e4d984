package org.itsmflow.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Files on records: attached, listed, downloaded unchanged, removed by their author or an
 * administrator, every step in the record's work log; every bad upload refused naming the field
 * with nothing written.
 */
class AttachmentApiTest extends ApplicationTest {

  private static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
      .getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] LOG = "2026-12-02 08:01 smtp-relay: queue stuck, 412 messages\n"
      .getBytes(StandardCharsets.UTF_8);

  private String agent;
  private String engineer;

  @BeforeEach
  void setUp() {
    agent = user("att-api-agent", RoleGroup.SERVICE_DESK.id());
    engineer = user("att-api-engineer", RoleGroup.SUPPORT_2ND_LEVEL.id());
  }

  @Test
  void aFileIsAttachedListedAndDownloadedUnchangedAndEachStepIsLogged() throws Exception {
    String record = improvement();

    ResponseEntity<JsonNode> created = upload(as(agent), record, "C:\\Temp\\queue.pdf", "application/pdf", PDF,
        "public", "Screenshot of the mail queue");

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode attachment = created.getBody();
    assertThat(attachment.path("fileName").asText()).isEqualTo("queue.pdf");
    assertThat(attachment.path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(attachment.path("size").asLong()).isEqualTo(PDF.length);
    assertThat(attachment.path("sha256").asText()).isEqualTo(sha256(PDF));
    assertThat(attachment.path("visibility").asText()).isEqualTo("public");
    assertThat(attachment.path("description").asText()).isEqualTo("Screenshot of the mail queue");
    assertThat(attachment.path("uploadedBy").asText()).isEqualTo(agent);
    assertThat(attachment.has("number")).isFalse();
    String href = attachment.path("href").asText();
    assertThat(created.getHeaders().getLocation()).hasToString(href);

    ResponseEntity<byte[]> file = as(engineer).getForEntity(href, byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getBody()).isEqualTo(PDF);
    assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"queue.pdf\"");
    assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(file.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(sha256(PDF));

    JsonNode summary = ok(send(as(agent), GET, "/api/records/" + record, null));
    assertThat(summary.path("attachments").findValuesAsText("fileName")).containsExactly("queue.pdf");
    JsonNode log = summary.path("workLog");
    JsonNode added = entry(log, "attachment-added");
    assertThat(added.path("text").asText()).isEqualTo("queue.pdf (" + PDF.length + " bytes): Screenshot of the mail queue");
    assertThat(added.path("visibility").asText()).isEqualTo("public");
    assertThat(added.path("by").asText()).isEqualTo(agent);
    JsonNode downloaded = entry(log, "attachment-downloaded");
    assertThat(downloaded.path("by").asText()).isEqualTo(engineer);
    assertThat(downloaded.path("visibility").asText()).isEqualTo("internal");
  }

  @Test
  void aFileIsInternalUnlessMarkedPublicAndItsTypeComesFromItsNameWhenNotDeclared() {
    String record = improvement();

    JsonNode attachment = upload(as(agent), record, "relay.log", null, LOG, null, null).getBody();

    assertThat(attachment.path("visibility").asText()).isEqualTo("internal");
    assertThat(attachment.path("contentType").asText()).isEqualTo("text/plain");
    assertThat(ok(send(as(agent), GET, "/api/records/" + record + "/attachments", null))).hasSize(1);
  }

  @Test
  void aNameBeyondAsciiComesBackAsItWasForBrowsersAndReadableForOtherClients() {
    String record = improvement();
    String href = upload(as(agent), record, "Störung Büro.pdf", "application/pdf", PDF, null, null).getBody()
        .path("href").asText();

    ResponseEntity<byte[]> file = as(agent).getForEntity(href, byte[].class);

    assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("Störung Büro.pdf");
    assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment; filename=\"St_rung B_ro.pdf\"; filename*=UTF-8''St%C3%B6rung%20B%C3%BCro.pdf");
  }

  @Test
  void onlyTheUploaderOrAnAdministratorRemovesAFileAndItsNameStaysInTheLog() {
    String admin = user("att-api-admin", "camunda-admin");
    String record = improvement();
    String first = upload(as(agent), record, "queue.pdf", "application/pdf", PDF, null, null).getBody()
        .path("href").asText();
    String second = upload(as(agent), record, "relay.log", "text/plain", LOG, null, null).getBody()
        .path("href").asText();

    assertRefused(send(as(engineer), DELETE, first, null), HttpStatus.FORBIDDEN, null,
        "Only " + agent + ", who attached queue.pdf, or an administrator removes it");
    assertThat(ok(send(as(agent), DELETE, first, null)).findValuesAsText("fileName")).containsExactly("relay.log");
    assertThat(ok(send(as(admin), DELETE, second, null))).isEmpty();

    assertThat(as(agent).getForEntity(first, byte[].class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode log = ok(send(as(agent), GET, "/api/records/" + record, null)).path("workLog");
    assertThat(log.findValuesAsText("action")).containsSubsequence("attachment-added", "attachment-added",
        "attachment-removed", "attachment-removed");
    assertThat(entry(log, "attachment-removed").path("text").asText()).isEqualTo("queue.pdf");
  }

  @Test
  void aBadUploadIsRefusedNamingTheFieldAndNothingIsWritten() {
    String record = improvement();
    byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    assertRefused(upload(as(agent), record, "invoice.pdf", "application/pdf", program, null, null),
        HttpStatus.BAD_REQUEST, "file", "file: the content is not a application/pdf file");
    assertRefused(upload(as(agent), record, "page.html", "text/html", "<script>".getBytes(StandardCharsets.UTF_8),
        null, null), HttpStatus.BAD_REQUEST, "file", "file: files of type text/html are not taken; taken are");
    assertRefused(upload(as(agent), record, "empty.txt", "text/plain", new byte[0], null, null),
        HttpStatus.BAD_REQUEST, "file", "file: the file is empty");
    assertRefused(upload(as(agent), record, "queue.pdf", "application/pdf", PDF, "everyone", null),
        HttpStatus.BAD_REQUEST, "visibility", "visibility: one of internal, public");
    assertRefused(upload(as(agent), record, "queue.pdf", "application/pdf", PDF, null, "x".repeat(1001)),
        HttpStatus.BAD_REQUEST, "description", "description:");
    assertRefused(send(as(agent), POST, "/api/records/" + record + "/attachments", "{}"),
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "");
    assertRefused(withoutFile(record), HttpStatus.BAD_REQUEST, "file", "file: required");
    HttpHeaders cutOff = new HttpHeaders();
    cutOff.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=xyz"));
    assertRefused(as(agent).exchange("/api/records/" + record + "/attachments", POST, new HttpEntity<>(
        "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-", cutOff),
        JsonNode.class), HttpStatus.BAD_REQUEST, "file", "file: the upload is not a readable multipart/form-data body");
    assertRefused(upload(as(agent), "IMP-999999", "queue.pdf", "application/pdf", PDF, null, null),
        HttpStatus.NOT_FOUND, null, "Improvement 'IMP-999999' does not exist");
    assertRefused(send(as(agent), GET, "/api/records/" + record + "/attachments/424242", null),
        HttpStatus.NOT_FOUND, null, "does not exist");
    assertRefused(send(as(agent), DELETE, "/api/records/" + record + "/attachments/424242", null),
        HttpStatus.NOT_FOUND, null, "does not exist");

    assertThat(ok(send(as(agent), GET, "/api/records/" + record + "/attachments", null))).isEmpty();
    assertThat(ok(send(as(agent), GET, "/api/records/" + record, null)).path("workLog").findValuesAsText("action"))
        .doesNotContain("attachment-added");
  }

  @Test
  void aFileOverTheLimitIsRefusedWith413SayingTheLimit() {
    String record = improvement();
    byte[] justOver = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
    assertRefused(upload(as(agent), record, "dump.pdf", "application/pdf", justOver, null, null),
        HttpStatus.PAYLOAD_TOO_LARGE, "file", "files up to 20 MB are taken");
    byte[] large = Arrays.copyOf(PDF, 30 * 1024 * 1024);

    assertRefused(upload(as(agent), record, "dump.pdf", "application/pdf", large, null, null),
        HttpStatus.PAYLOAD_TOO_LARGE, "file", "file: the upload is larger than the limit; files up to 20 MB are taken");
    assertThat(ok(send(as(agent), GET, "/api/records/" + record + "/attachments", null))).isEmpty();
  }

  @Test
  void aRecordWhoseLifeEndedKeepsItsFilesAsTheyAre() {
    String owner = user("att-api-owner", RoleGroup.PROCESS_OWNERS.id());
    String record = improvement();
    String href = upload(as(agent), record, "queue.pdf", "application/pdf", PDF, null, null).getBody()
        .path("href").asText();
    ok(send(as(owner), POST, "/api/improvements/" + record + "/decision",
        "{\"decision\": \"reject\", \"reason\": \"Covered by the new portal\"}"));

    ResponseEntity<JsonNode> refused = upload(as(agent), record, "late.txt", "text/plain", LOG, null, null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().path("recordStatus").asText()).isEqualTo("rejected");
    assertThat(send(as(agent), DELETE, href, null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(as(agent).getForEntity(href, byte[].class).getBody()).isEqualTo(PDF);
  }

  @Test
  void auditorsReadAndDownloadFilesButDoNotAttachThemAndNobodyAnonymousDoesEither() {
    String auditor = user("att-api-auditor", RoleGroup.AUDITORS.id());
    String record = improvement();
    String href = upload(as(agent), record, "queue.pdf", "application/pdf", PDF, null, null).getBody()
        .path("href").asText();

    assertThat(as(auditor).getForEntity(href, byte[].class).getBody()).isEqualTo(PDF);
    assertThat(upload(as(auditor), record, "x.pdf", "application/pdf", PDF, null, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(href, byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(upload(rest, record, "x.pdf", "application/pdf", PDF, null, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<JsonNode> upload(TestRestTemplate client, String record, String name, String type,
      byte[] content, String visibility, String description) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentDisposition(ContentDisposition.formData().name("file").filename(name).build());
    if (type != null) {
      fileHeaders.setContentType(MediaType.parseMediaType(type));
    }
    parts.add("file", new HttpEntity<>(content, fileHeaders));
    if (visibility != null) {
      parts.add("visibility", visibility);
    }
    if (description != null) {
      parts.add("description", description);
    }
    return post(client, record, parts);
  }

  private ResponseEntity<JsonNode> withoutFile(String record) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("description", "forgot the file");
    return post(as(agent), record, parts);
  }

  private static ResponseEntity<JsonNode> post(TestRestTemplate client, String record,
      MultiValueMap<String, Object> parts) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return client.exchange("/api/records/" + record + "/attachments", POST, new HttpEntity<>(parts, headers),
        JsonNode.class);
  }

  private String improvement() {
    return ok(send(as(agent), POST, "/api/improvements", "{\"title\": \"Mail relay monitoring\", "
        + "\"description\": \"The relay queue fills unnoticed\", \"benefit\": \"medium\"}"))
        .path("improvement").path("number").asText();
  }

  private static JsonNode entry(JsonNode log, String action) {
    for (JsonNode entry : log) {
      if (entry.path("action").asText().equals(action)) {
        return entry;
      }
    }
    throw new AssertionError("No " + action + " in " + log);
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  private static JsonNode ok(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
    return response.getBody();
  }

  private static void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status, String field, String detail) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
    if (field != null) {
      assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    }
    assertThat(response.getBody().path("detail").asText()).contains(detail);
  }
}
