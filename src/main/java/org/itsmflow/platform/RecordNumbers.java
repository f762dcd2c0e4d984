package org.itsmflow.platform;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out record numbers such as CI-000001 or INC-000001. The increment locks the prefix's
 * row until the transaction ends, so two nodes never hand out the same number; a rolled-back
 * transaction gives its number back. Prefixes are created by the Flyway migrations.
 */
@Component
public class RecordNumbers {

  private final JdbcTemplate jdbc;

  public RecordNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix) {
    if (jdbc.update("UPDATE itsm_record_number SET last_value = last_value + 1 WHERE prefix = ?", prefix) == 0) {
      throw new IllegalStateException("No record number sequence for prefix " + prefix);
    }
    Long value = jdbc.queryForObject("SELECT last_value FROM itsm_record_number WHERE prefix = ?", Long.class, prefix);
    return String.format("%s-%06d", prefix, value);
  }
}
