package org.itsmflow.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * A filtered list over one of our tables: a condition for each filter that was given (a filter left
 * out, null, adds none), then an order and a page. Values always travel as parameters; only our own
 * SQL (columns, conditions) becomes statement text.
 */
public final class ListQuery {

  /** The order of record lists: the newest first, the number breaking ties. */
  public static final String NEWEST_FIRST = "created_at DESC, number DESC";

  private final StringBuilder sql;
  private final List<Object> args = new ArrayList<>();

  private ListQuery(String selectFrom) {
    sql = new StringBuilder(selectFrom).append(" WHERE 1 = 1");
  }

  /** {@code SELECT <columns> FROM <table> [alias]}, without a WHERE. */
  public static ListQuery select(String selectFrom) {
    return new ListQuery(selectFrom);
  }

  /**
   * {@code AND condition} when the value is given, the value standing for each {@code ?} of the
   * condition (an enum by its name).
   */
  public ListQuery where(String condition, Object value) {
    if (value != null) {
      sql.append(" AND ").append(condition);
      Object arg = value instanceof Enum<?> constant ? constant.name() : value;
      condition.chars().filter(c -> c == '?').forEach(c -> args.add(arg));
    }
    return this;
  }

  /** {@code AND condition}, a condition without parameters, when it applies. */
  public ListQuery where(boolean applies, String condition) {
    if (applies) {
      sql.append(" AND ").append(condition);
    }
    return this;
  }

  /** {@code AND column IN (...)} with these values; no value matches nothing. Null adds no condition. */
  public ListQuery whereIn(String column, Collection<?> values) {
    if (values == null) {
      return this;
    }
    if (values.isEmpty()) {
      sql.append(" AND 1 = 0");
      return this;
    }
    sql.append(" AND ").append(column).append(" IN (").append(Rows.placeholders(values)).append(")");
    args.addAll(values);
    return this;
  }

  /**
   * {@code AND condition} with one {@code ?} per value, in order (a sub-select's {@code IN (...)});
   * null adds no condition, no value matches nothing.
   */
  public ListQuery whereEach(String conditionBeforeList, Collection<?> values, String afterList) {
    if (values == null) {
      return this;
    }
    if (values.isEmpty()) {
      sql.append(" AND 1 = 0");
      return this;
    }
    sql.append(" AND ").append(conditionBeforeList).append(Rows.placeholders(values)).append(afterList);
    args.addAll(values);
    return this;
  }

  /** How many rows match, for a query that selects {@code count(*)}. */
  public long count(JdbcTemplate jdbc) {
    Long count = jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
    return count == null ? 0 : count;
  }

  /** One page of the rows in this order. */
  public <T> List<T> page(JdbcTemplate jdbc, String order, int offset, int limit, RowMapper<T> rows) {
    sql.append(" ORDER BY ").append(order).append(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
    args.add(offset);
    args.add(limit);
    return jdbc.query(sql.toString(), rows, args.toArray());
  }

  /** All rows in this order. */
  public <T> List<T> all(JdbcTemplate jdbc, String order, RowMapper<T> rows) {
    sql.append(" ORDER BY ").append(order);
    return jdbc.query(sql.toString(), rows, args.toArray());
  }
}
