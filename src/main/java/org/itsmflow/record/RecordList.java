package org.itsmflow.record;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.itsmflow.platform.ListQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's list of the records of one type, on what every record table has (number,
 * title, status, created at, its process instance): open or ended or one status, words in the
 * number, title or work log, who holds the open task, which queue it is in, when it was created.
 */
@Service
public class RecordList {

  /** One page's filters; null means "any". */
  public record Query(RecordType type, Boolean open, String status, String text, String assignee,
      List<String> queues, Instant createdFrom, Instant createdBefore, boolean oldestFirst, int offset, int limit) {}

  /** A record as a list shows it. */
  public record Row(String number, String title, String status, Instant createdAt, String processInstanceId) {}

  /** One page and how many match in all. */
  public record Page(List<Row> rows, long total) {}

  private final JdbcTemplate jdbc;

  RecordList(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Page find(Query q) {
    String table = q.type().table();
    List<Row> rows = filtered(ListQuery.select("SELECT number, title, status, created_at, process_instance_id FROM "
        + table + " r"), q).page(jdbc, q.oldestFirst() ? "created_at ASC, number ASC" : ListQuery.NEWEST_FIRST,
            q.offset(), q.limit(), (rs, i) -> new Row(rs.getString(1), rs.getString(2), RecordStatus.id(rs.getString(3)),
                rs.getTimestamp(4).toInstant(), rs.getString(5)));
    // A first page that is not full is all there is: no second pass over the table to count.
    long total = q.offset() == 0 && rows.size() < q.limit() ? rows.size()
        : filtered(ListQuery.select("SELECT count(*) FROM " + table + " r"), q).count(jdbc);
    return new Page(rows, total);
  }

  private static ListQuery filtered(ListQuery query, Query q) {
    List<String> ended = q.type().endedStatuses().stream().sorted().toList();
    String text = q.text() == null || q.text().isBlank() ? null : WorkLog.containing(q.text().trim());
    return query
        .where(Boolean.TRUE.equals(q.open()) && !ended.isEmpty(), "NOT status IN ('" + String.join("', '", ended) + "')")
        .where(Boolean.FALSE.equals(q.open()), "status IN ('" + String.join("', '", ended) + "')")
        .where("status = ?", q.status())
        .where("(LOWER(r.number) LIKE ? ESCAPE '\\' OR LOWER(r.title) LIKE ? ESCAPE '\\' OR r.number IN ("
            + WorkLog.MENTIONING + "))", text)
        // The open tasks are the engine's; the process instance ties them to the record.
        .where("r.process_instance_id IN (SELECT PROC_INST_ID_ FROM ACT_RU_TASK WHERE ASSIGNEE_ = ?)", q.assignee())
        .whereEach("r.process_instance_id IN (SELECT t.PROC_INST_ID_ FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK l "
            + "ON l.TASK_ID_ = t.ID_ WHERE l.TYPE_ = 'candidate' AND l.GROUP_ID_ IN (", q.queues(), "))")
        .where("created_at >= ?", q.createdFrom() == null ? null : Timestamp.from(q.createdFrom()))
        .where("created_at < ?", q.createdBefore() == null ? null : Timestamp.from(q.createdBefore()));
  }
}
