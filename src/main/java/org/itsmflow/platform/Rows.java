package org.itsmflow.platform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/** Counting queries of our repositories, queries over a list of keys, and values as columns store them. */
public final class Rows {

  /** Keys per {@code IN (...)}: PostgreSQL's driver takes at most 32,767 parameters a statement. */
  static final int CHUNK = 1000;

  private Rows() {}

  /**
   * A query over many keys, {@value #CHUNK} at a time, in the keys' sorted order: {@code query}
   * gets a chunk and answers its rows; use {@link #placeholders} for its {@code IN (...)}.
   */
  public static <T> List<T> inChunks(Collection<String> keys, Function<List<String>, List<T>> query) {
    List<String> sorted = keys.stream().distinct().sorted().toList();
    List<T> rows = new ArrayList<>();
    for (int from = 0; from < sorted.size(); from += CHUNK) {
      rows.addAll(query.apply(sorted.subList(from, Math.min(sorted.size(), from + CHUNK))));
    }
    return rows;
  }

  /** "?, ?, ?" for the keys of a chunk. */
  public static String placeholders(Collection<?> keys) {
    return String.join(", ", keys.stream().map(k -> "?").toList());
  }

  /** The result of a {@code SELECT count(*) ...}. */
  public static int count(JdbcTemplate jdbc, String sql, Object... args) {
    Integer count = jdbc.queryForObject(sql, Integer.class, args);
    return count == null ? 0 : count;
  }

  /** The instant as a TIMESTAMP column holds it (both databases round to the microsecond). */
  public static Instant asStored(Instant instant) {
    return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
  }
}
