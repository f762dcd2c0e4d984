package org.itsmflow.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.itsmflow.platform.ActionNotAllowedException;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.DataSizes;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Files attached to any record, kept in the database with their SHA-256. Each upload, download and
 * removal is written to the record's work log in the same transaction. A record whose life has ended
 * keeps its files as they are: nothing is added or removed (409).
 */
@Component
public class Attachments {

  private static final String COLUMNS = "id, number, file_name, content_type, size_bytes, sha256, visibility, "
      + "description, uploaded_at, uploaded_by";
  private static final RowMapper<Attachment> ATTACHMENT = (rs, i) -> new Attachment(rs.getLong("id"),
      rs.getString("number"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
      rs.getString("visibility"), rs.getString("description"), rs.getTimestamp("uploaded_at").toInstant(),
      rs.getString("uploaded_by"), "/api/records/" + rs.getString("number") + "/attachments/" + rs.getLong("id"));

  private final JdbcTemplate jdbc;
  private final Records records;
  private final WorkLog workLog;
  private final CurrentUser currentUser;
  private final AttachmentRules rules;

  Attachments(JdbcTemplate jdbc, Records records, WorkLog workLog, CurrentUser currentUser,
      AttachmentProperties properties) {
    this.jdbc = jdbc;
    this.records = records;
    this.workLog = workLog;
    this.currentUser = currentUser;
    this.rules = new AttachmentRules(properties);
  }

  /**
   * A file as it arrives: its name and type as the client gave them, its size, and its content,
   * which can be read more than once (an uploaded part kept in memory or in a temporary file).
   */
  public record Upload(String originalName, String declaredType, long size, InputStreamSource content,
      Visibility visibility, String description) {}

  /**
   * Attaches a file: 404 for no such record, 409 when its life has ended, 400 naming {@code file}
   * for a file without a name, empty, of a type not taken or whose content is not of its type, 413
   * over the size limit. Nothing is written when it is refused.
   */
  public Attachment add(String number, Upload upload) {
    RecordHeader record = records.lock(number);
    requireOpen(record, "take attachments");
    String fileName = rules.fileName(upload.originalName());
    rules.checkSize(upload.size());
    String type = rules.contentType(upload.declaredType(), fileName);
    String sha256 = checkAndDigest(upload, type, fileName);
    KeyHolder key = new GeneratedKeyHolder();
    try (InputStream content = open(upload, fileName)) {
      jdbc.update(connection -> {
        PreparedStatement insert = connection.prepareStatement("INSERT INTO itsm_attachment (record_type, number, "
            + "file_name, content_type, size_bytes, sha256, visibility, description, uploaded_at, uploaded_by, content) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
        insert.setString(1, record.type().id());
        insert.setString(2, number);
        insert.setString(3, fileName);
        insert.setString(4, type);
        insert.setLong(5, upload.size());
        insert.setString(6, sha256);
        insert.setString(7, upload.visibility().id());
        insert.setString(8, upload.description());
        insert.setTimestamp(9, Timestamp.from(EngineClock.now()));
        insert.setString(10, currentUser.id());
        insert.setBinaryStream(11, content, upload.size());
        return insert;
      }, key);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the upload of " + fileName + " failed", e);
    }
    workLog.add(record.type(), number, "attachment-added", fileName + " (" + DataSizes.readable(upload.size())
        + ")" + (upload.description() == null ? "" : ": " + upload.description()), upload.visibility());
    return get(number, Objects.requireNonNull(key.getKey()).longValue());
  }

  /**
   * Whether the file would be taken, without taking it: 400 naming {@code file} or 413 as
   * {@link #add} would answer (for a message whose files must all be taken or none).
   */
  public void check(Upload upload) {
    String fileName = rules.fileName(upload.originalName());
    rules.checkSize(upload.size());
    checkAndDigest(upload, rules.contentType(upload.declaredType(), fileName), fileName);
  }

  /** Reads the file once before it is stored: its beginning must match its type; answers its SHA-256. */
  private String checkAndDigest(Upload upload, String type, String fileName) {
    MessageDigest digest = sha256();
    try (InputStream content = open(upload, fileName)) {
      byte[] head = content.readNBytes(AttachmentRules.HEAD);
      rules.checkContent(type, head);
      digest.update(head);
      content.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the upload of " + fileName + " failed", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static InputStream open(Upload upload, String fileName) {
    try {
      return upload.content().getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the upload of " + fileName + " failed", e);
    }
  }

  /** The record's files, oldest first (404 for no such record). */
  public List<Attachment> of(String number) {
    records.get(number);
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_attachment WHERE number = ? ORDER BY uploaded_at, id",
        ATTACHMENT, number);
  }

  /** One file of the record, without its content: 404 for no such record, or none of its files by that id. */
  public Attachment find(String number, long id) {
    records.get(number);
    return get(number, id);
  }

  private Attachment get(String number, long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_attachment WHERE number = ? AND id = ?", ATTACHMENT, number, id)
        .stream().findFirst().orElseThrow(() -> new RecordNotFoundException("Attachment of " + number, Long.toString(id)));
  }

  /** Writes the file's content to {@code out} and logs who downloaded it (a file found by {@link #find}). */
  public void download(Attachment attachment, OutputStream out) {
    String number = attachment.number();
    long id = attachment.id();
    jdbc.query("SELECT content FROM itsm_attachment WHERE id = ?", rs -> {
      try (InputStream content = rs.getBinaryStream(1)) {
        content.transferTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException("Sending attachment " + id + " of " + number + " failed", e);
      }
    }, id);
    workLog.add(RecordType.ofNumber(number).orElseThrow(), number, "attachment-downloaded", attachment.fileName());
  }

  /**
   * Removes a file: only the one who uploaded it or an administrator (403), only while the record's
   * life goes on (409). Its name stays in the work log.
   */
  public List<Attachment> remove(String number, long id, boolean admin) {
    RecordHeader record = records.lock(number);
    Attachment attachment = get(number, id);
    if (!admin && !attachment.uploadedBy().equals(currentUser.id())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only " + attachment.uploadedBy() + ", who attached "
          + attachment.fileName() + ", or an administrator removes it");
    }
    requireOpen(record, "remove attachments");
    jdbc.update("DELETE FROM itsm_attachment WHERE id = ?", id);
    workLog.add(record.type(), number, "attachment-removed", attachment.fileName(),
        Visibility.of(attachment.visibility()));
    return of(number);
  }

  private static void requireOpen(RecordHeader record, String action) {
    if (record.ended()) {
      throw new ActionNotAllowedException(record.type().label() + " " + record.number(), record.status(), action);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
