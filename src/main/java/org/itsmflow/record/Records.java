package org.itsmflow.record;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds any record by its number, whatever its type, and locks it for the transaction. Only the
 * columns every record table has (number, status) are read: what else a record holds is its
 * process package's business.
 */
@Component
public class Records {

  private final JdbcTemplate jdbc;
  private final Map<RecordType, RecordLock> locks = new EnumMap<>(RecordType.class);

  Records(JdbcTemplate jdbc, List<RecordLock> locks) {
    this.jdbc = jdbc;
    locks.forEach(lock -> this.locks.put(lock.type(), lock));
  }

  /** The record; 404 when there is none (also for a number of no type of ours). */
  public RecordHeader get(String number) {
    return read(number, "");
  }

  /**
   * The record, its row locked until the transaction ends: two users acting on one record at once
   * take turns, and the second sees what the first did (a 409 naming the new status, not a lost update).
   */
  public RecordHeader lock(String number) {
    RecordType type = RecordType.ofNumber(number).orElse(null);
    RecordLock own = type == null ? null : locks.get(type);
    if (own == null) {
      return read(number, " FOR UPDATE");
    }
    return own.lockStatus(number).map(status -> new RecordHeader(type, number, status, type.isEnded(status)))
        .orElseThrow(() -> new RecordNotFoundException(type.label(), number));
  }

  /** Whether the record exists. */
  public boolean exists(String number) {
    return RecordType.ofNumber(number).map(type -> !query(type, number, "").isEmpty()).orElse(false);
  }

  private RecordHeader read(String number, String lock) {
    RecordType type = RecordType.ofNumber(number).orElseThrow(() -> new RecordNotFoundException("Record", number));
    return query(type, number, lock).stream().findFirst()
        .orElseThrow(() -> new RecordNotFoundException(type.label(), number));
  }

  private List<RecordHeader> query(RecordType type, String number, String lock) {
    // The table name comes from our enum, never from the input.
    return jdbc.query("SELECT status FROM " + type.table() + " WHERE number = ?" + lock,
        (rs, i) -> new RecordHeader(type, number, rs.getString(1), type.isEnded(rs.getString(1))), number);
  }
}
