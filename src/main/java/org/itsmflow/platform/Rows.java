package org.itsmflow.platform;

import org.springframework.jdbc.core.JdbcTemplate;

/** Counting queries of our repositories. */
public final class Rows {

  private Rows() {}

  /** The result of a {@code SELECT count(*) ...}. */
  public static int count(JdbcTemplate jdbc, String sql, Object... args) {
    Integer count = jdbc.queryForObject(sql, Integer.class, args);
    return count == null ? 0 : count;
  }
}
