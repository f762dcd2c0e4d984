package org.itsmflow.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SQL statements per lifecycle, from PostgreSQL's pg_stat_statements (the benchmark's embedded
 * PostgreSQL preloads it; an external database may not, and H2 has nothing like it).
 */
final class StatementCounts {

  /** Starts the benchmark's own queries that run while statements are counted (the storm's polling). */
  static final String OWN_MARK = "/* benchmark */ ";
  private static final String OWN = "query NOT ILIKE '%pg_stat_statements%' AND query NOT LIKE '/* benchmark */%'";
  private final JdbcTemplate jdbc;

  private StatementCounts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** @return null where the database keeps no statement statistics */
  static StatementCounts of(JdbcTemplate jdbc) {
    try {
      jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      jdbc.queryForObject("SELECT count(*) FROM pg_stat_statements", Long.class);
      return new StatementCounts(jdbc);
    } catch (DataAccessException notAvailable) {
      return null;
    }
  }

  void reset() {
    jdbc.queryForObject("SELECT count(*) FROM (SELECT pg_stat_statements_reset()) r", Long.class);
  }

  /** Statements since the last reset, per unit of work, and the most frequent ones. */
  Map<String, Object> perUnit(int units, int top) {
    Map<String, Object> summary = new LinkedHashMap<>();
    long calls = jdbc.queryForObject("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE " + OWN,
        Long.class);
    double writes = jdbc.queryForObject("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE " + OWN
        + " AND (query ILIKE 'insert%' OR query ILIKE 'update%' OR query ILIKE 'delete%')", Long.class);
    summary.put("statements", round((double) calls / units));
    summary.put("writes", round(writes / units));
    List<Map<String, Object>> frequent = jdbc.query("SELECT calls, query FROM pg_stat_statements WHERE " + OWN
        + " ORDER BY calls DESC LIMIT ?", (rs, row) -> {
          Map<String, Object> statement = new LinkedHashMap<>();
          statement.put("perUnit", round((double) rs.getLong("calls") / units));
          statement.put("statement", shortened(rs.getString("query")));
          return statement;
        }, top);
    summary.put("mostFrequent", frequent);
    List<Map<String, Object>> slowest = jdbc.query("SELECT calls, rows, total_exec_time, query FROM pg_stat_statements WHERE "
        + OWN + " ORDER BY total_exec_time DESC LIMIT ?", (rs, row) -> {
          Map<String, Object> statement = new LinkedHashMap<>();
          statement.put("msPerUnit", round(rs.getDouble("total_exec_time") / units));
          statement.put("callsPerUnit", round((double) rs.getLong("calls") / units));
          statement.put("rowsPerCall", round((double) rs.getLong("rows") / Math.max(1, rs.getLong("calls"))));
          statement.put("statement", shortened(rs.getString("query")));
          return statement;
        }, top);
    summary.put("mostDatabaseTime", slowest);
    return summary;
  }

  private static String shortened(String query) {
    String text = query.replaceAll("\\s+", " ");
    return text.length() > 110 ? text.substring(0, 110) + "..." : text;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
