package org.itsmflow.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/admin/backup} (administrators only, SecurityConfig): the embedded database's
 * online backup as a zip download; on PostgreSQL 409 saying to use pg_dump.
 */
@RestController
class BackupController {

  private static final Logger LOG = LoggerFactory.getLogger(BackupController.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private final DatabaseBackup backup;
  private final CurrentUser currentUser;

  BackupController(DatabaseBackup backup, CurrentUser currentUser) {
    this.backup = backup;
    this.currentUser = currentUser;
  }

  @PostMapping("/api/admin/backup")
  ResponseEntity<Resource> backup() throws IOException {
    if (!backup.isEmbedded()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "The database is PostgreSQL: back it up with pg_dump, "
          + "which the database serves while the application runs (docs/operations.md, Backup and restore).");
    }
    Path file = backup.write();
    String name = "itsm-flow-backup-" + STAMP.format(Instant.now()) + ".zip";
    LOG.info("Database backup {} taken by {}", name, currentUser.id());
    long size = Files.size(file);
    // Sent in the request's own thread (no async timeout for a large file); the file is gone once
    // the stream is closed.
    InputStreamResource body = new InputStreamResource(Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip")).contentLength(size)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }
}
