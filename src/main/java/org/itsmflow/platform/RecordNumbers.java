package org.itsmflow.platform;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Hands out record numbers such as CI-000001 or INC-000001 from one database sequence per
 * prefix (created by the Flyway migrations). Sequences are unique across cluster nodes and
 * lock nothing, so concurrent requests never wait for each other's commit; a rolled-back
 * transaction leaves a gap in the numbering.
 */
@Component
public class RecordNumbers {

  private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,10}");

  private final DataSource dataSource;
  private final boolean postgres;
  private final Map<String, DataFieldMaxValueIncrementer> sequences = new ConcurrentHashMap<>();

  public RecordNumbers(DataSource dataSource) throws MetaDataAccessException {
    this.dataSource = dataSource;
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
  }

  public String next(String prefix) {
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("Not a record number prefix: " + prefix);
    }
    long value = sequences.computeIfAbsent(prefix, p -> {
      String sequence = "itsm_seq_" + p.toLowerCase(Locale.ROOT);
      return postgres ? new PostgresSequenceMaxValueIncrementer(dataSource, sequence)
          : new H2SequenceMaxValueIncrementer(dataSource, sequence);
    }).nextLongValue();
    return String.format("%s-%06d", prefix, value);
  }
}
