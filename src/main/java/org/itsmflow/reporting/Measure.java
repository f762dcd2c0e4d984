package org.itsmflow.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One measure of the service reports (ISO 20000 9.1, 9.4), defined once: its name (the API's path
 * segment), what it means and how it is computed, the groupings it offers and its values. The
 * package that owns the data implements it; {@link Measures} serves them all.
 */
public interface Measure {

  /**
   * A period and its filters.
   *
   * @param from inclusive
   * @param to exclusive
   * @param service a service code, or null for all services
   * @param groupBy one of {@link #groupings()}
   */
  record Query(Instant from, Instant to, String service, String groupBy) {

    /** The parameters of {@code ... >= ? AND ... < ?} and, with a service, of {@link #serviceFilter}. */
    public Object[] periodAndService() {
      return service == null ? new Object[] {Timestamp.from(from), Timestamp.from(to)}
          : new Object[] {Timestamp.from(from), Timestamp.from(to), service};
    }

    /** {@code AND service_code = ?} when a service is asked for, else nothing. */
    public String serviceFilter() {
      return serviceFilter("service_code");
    }

    /** {@code AND <column> = ?} when a service is asked for (a joined table's column), else nothing. */
    public String serviceFilter(String column) {
      return service == null ? "" : " AND " + column + " = ?";
    }
  }

  /**
   * One group's values, e.g. key {@code EMAIL}, values {@code {"incidents": 12}}; a value that
   * cannot be computed (a mean over nothing) is null, never 0.
   */
  record Row(String key, Map<String, Number> values) {}

  /** Kebab-case, e.g. {@code incident-volume}. */
  String name();

  String title();

  /** How it is computed, in words a reader of the report can check by hand. */
  String formula();

  /** What the rows may be grouped by; the first is the default. */
  List<String> groupings();

  /** The rows, ordered by key; an empty period gives no rows (or rows of zero where a count is asked). */
  List<Row> compute(Query query);
}
