package org.itsmflow.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 database's online backup: H2's {@code BACKUP TO} writes a consistent copy of
 * the database file into a zip while the application runs (records, process instances, timers,
 * history, users, attachments: everything is in the one database). On PostgreSQL the database's
 * own tools do that (pg_dump; docs/operations.md).
 */
@Component
public class DatabaseBackup {

  private final JdbcTemplate jdbc;
  private final Path backups;
  private final boolean h2;

  DatabaseBackup(JdbcTemplate jdbc, DataSource dataSource, @Value("${itsm.data-dir}") Path dataDir)
      throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.backups = dataDir.resolve("backups");
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    this.h2 = product.toLowerCase(Locale.ROOT).contains("h2");
  }

  public boolean isEmbedded() {
    return h2;
  }

  /** Writes the backup into a new file under the data directory; the caller deletes it once sent. */
  public Path write() {
    if (!h2) {
      throw new IllegalStateException("Only the embedded H2 database is backed up by the application");
    }
    try {
      Files.createDirectories(backups);
      Path file = Files.createTempFile(backups, "itsm-backup-", ".zip");
      // H2 writes a new file; the path is ours, never a caller's.
      Files.delete(file);
      jdbc.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the backup under " + backups, e);
    }
  }
}
