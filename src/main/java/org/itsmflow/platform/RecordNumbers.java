package org.itsmflow.platform;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out record numbers such as CI-000001 or INC-000001 from one database sequence per
 * prefix (created by the Flyway migrations). Sequences are unique across cluster nodes and
 * lock nothing, so concurrent requests never wait for each other's commit.
 *
 * <p>A creation that fails after it took its number (a decision table that cannot decide, a
 * check in the process) rolls back; its number is then given back (table
 * {@code itsm_returned_number}) and handed to the next record of its kind, lowest first. So a
 * failed start consumes no number: the numbering has no gaps, though a returned number can be
 * given out after higher ones. Only a node killed in the middle of a creation leaves a gap.
 */
@Component
public class RecordNumbers {

  private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,10}");

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate separately;
  private final boolean postgres;
  private final Map<String, DataFieldMaxValueIncrementer> sequences = new ConcurrentHashMap<>();

  public RecordNumbers(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions)
      throws MetaDataAccessException {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
  }

  public String next(String prefix) {
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("Not a record number prefix: " + prefix);
    }
    return String.format("%s-%06d", prefix, nextValue(prefix));
  }

  private long nextValue(String prefix) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      // Nothing to roll back: the number is kept whatever happens next.
      return sequence(prefix).nextLongValue();
    }
    Long returned = takeReturned(prefix);
    if (returned != null) {
      // Deleted in this transaction: a rollback puts it back by itself.
      return returned;
    }
    long value = sequence(prefix).nextLongValue();
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        if (status == STATUS_ROLLED_BACK) {
          giveBack(prefix, value);
        }
      }
    });
    return value;
  }

  /** The lowest returned number no other transaction is taking right now, or null. */
  private Long takeReturned(String prefix) {
    // Almost always there is none: a plain read then; the locking read only when there is one.
    if (jdbc.queryForList("SELECT number FROM itsm_returned_number WHERE prefix = ? FETCH FIRST 1 ROWS ONLY",
        Long.class, prefix).isEmpty()) {
      return null;
    }
    List<Long> lowest = jdbc.queryForList("SELECT number FROM itsm_returned_number WHERE prefix = ? "
        + "ORDER BY number FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED", Long.class, prefix);
    if (lowest.isEmpty()) {
      return null;
    }
    jdbc.update("DELETE FROM itsm_returned_number WHERE prefix = ? AND number = ?", prefix, lowest.get(0));
    return lowest.get(0);
  }

  private void giveBack(String prefix, long value) {
    // After the rollback the failed transaction's connection may still be bound: a transaction of its own.
    separately.executeWithoutResult(status -> jdbc.update(
        "INSERT INTO itsm_returned_number (prefix, number, returned_at) VALUES (?, ?, ?)",
        prefix, value, Timestamp.from(EngineClock.now())));
  }

  private DataFieldMaxValueIncrementer sequence(String prefix) {
    return sequences.computeIfAbsent(prefix, p -> {
      String sequence = "itsm_seq_" + p.toLowerCase(Locale.ROOT);
      return postgres ? new PostgresSequenceMaxValueIncrementer(dataSource, sequence)
          : new H2SequenceMaxValueIncrementer(dataSource, sequence);
    });
  }
}
