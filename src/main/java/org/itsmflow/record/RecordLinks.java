package org.itsmflow.record;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Links between records of any types (an incident caused by a change, a request that duplicates
 * another): kept once, shown from both sides, and written to both records' work logs. Links
 * that drive a process (a problem's incidents, a release's changes) stay with their process; these
 * are the ones people make to find their way between records.
 */
@Component
public class RecordLinks {

  private final JdbcTemplate jdbc;
  private final Records records;
  private final WorkLog workLog;
  private final CurrentUser currentUser;

  RecordLinks(JdbcTemplate jdbc, Records records, WorkLog workLog, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.records = records;
    this.workLog = workLog;
    this.currentUser = currentUser;
  }

  /**
   * Links {@code from} to {@code to}: 404 for either record missing (naming {@code to} for the
   * other one), 400 for an unknown kind or a record linked to itself. Linking again what is already
   * linked changes nothing.
   */
  public List<RecordLink> link(String from, String kindId, String to) {
    RecordHeader source = records.lock(from);
    LinkKind kind = LinkKind.of(kindId)
        .orElseThrow(() -> new InvalidFieldException("kind", "one of " + String.join(", ", LinkKind.ids())));
    if (to == null || to.isBlank()) {
      throw new InvalidFieldException("to", "required: a record number, e.g. INC-000001");
    }
    String target = to.trim();
    if (target.equals(from)) {
      throw new InvalidFieldException("to", "a record other than " + from);
    }
    if (!records.exists(target)) {
      throw new RecordNotFoundException("Record", target, "to");
    }
    if (!linked(from, kind, target)) {
      jdbc.update("INSERT INTO itsm_record_link (from_number, kind, to_number, linked_at, linked_by) "
          + "VALUES (?, ?, ?, ?, ?)", from, kind.id(), target, Timestamp.from(EngineClock.now()), currentUser.id());
      workLog.add(source.type(), from, "linked", kind.id() + " " + target);
      workLog.add(records.get(target).type(), target, "linked", kind.inverse() + " " + from);
    }
    return of(from);
  }

  /** Removes a link of this record (404 when the record has no such link). */
  public List<RecordLink> unlink(String number, long id) {
    RecordHeader record = records.lock(number);
    RecordLink link = of(number).stream().filter(l -> l.id() == id).findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Link of " + number, Long.toString(id)));
    jdbc.update("DELETE FROM itsm_record_link WHERE id = ?", id);
    workLog.add(record.type(), number, "unlinked", link.kind() + " " + link.number());
    workLog.add(records.get(link.number()).type(), link.number(), "unlinked", "from " + number);
    return of(number);
  }

  /** The record's links, both those made on it and those made on others to it, oldest first. */
  public List<RecordLink> of(String number) {
    List<RecordLink> links = new ArrayList<>(jdbc.query("SELECT id, kind, to_number, linked_at, linked_by "
        + "FROM itsm_record_link WHERE from_number = ?", (rs, i) -> link(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getTimestamp(4), rs.getString(5), false), number));
    links.addAll(jdbc.query("SELECT id, kind, from_number, linked_at, linked_by FROM itsm_record_link "
        + "WHERE to_number = ?", (rs, i) -> link(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getTimestamp(4), rs.getString(5), true), number));
    links.sort(Comparator.comparing(RecordLink::linkedAt).thenComparing(RecordLink::id));
    return links;
  }

  private boolean linked(String from, LinkKind kind, String to) {
    Integer found = jdbc.queryForObject("SELECT count(*) FROM itsm_record_link WHERE from_number = ? AND kind = ? "
        + "AND to_number = ?", Integer.class, from, kind.id(), to);
    return found != null && found > 0;
  }

  private static RecordLink link(long id, String kind, String other, Timestamp at, String by, boolean inverse) {
    String shown = inverse ? LinkKind.of(kind).map(LinkKind::inverse).orElse(kind) : kind;
    String type = RecordType.ofNumber(other).map(RecordType::id).orElse(null);
    return new RecordLink(id, shown, other, type, at.toInstant(), by);
  }
}
