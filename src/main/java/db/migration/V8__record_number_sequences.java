package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Record numbers come from database sequences instead of a counter row: the counter row was
 * locked by every transaction that created a record until it committed, so concurrent
 * incident creation queued up behind it (benchmark scenario 1). Each sequence continues where
 * its counter stopped. A Java migration because the start value is data, and CREATE SEQUENCE
 * takes only a constant (same SQL on H2 and PostgreSQL).
 */
public class V8__record_number_sequences extends BaseJavaMigration {

  private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,10}");

  @Override
  public void migrate(Context context) throws Exception {
    Map<String, Long> counters = new LinkedHashMap<>();
    try (Statement select = context.getConnection().createStatement();
        ResultSet rows = select.executeQuery("SELECT prefix, last_value FROM itsm_record_number ORDER BY prefix")) {
      while (rows.next()) {
        counters.put(rows.getString(1), rows.getLong(2));
      }
    }
    try (Statement ddl = context.getConnection().createStatement()) {
      for (Map.Entry<String, Long> counter : counters.entrySet()) {
        if (!PREFIX.matcher(counter.getKey()).matches()) {
          throw new IllegalStateException("Unexpected record number prefix " + counter.getKey());
        }
        ddl.execute("CREATE SEQUENCE itsm_seq_" + counter.getKey().toLowerCase() + " START WITH "
            + (counter.getValue() + 1));
      }
      ddl.execute("DROP TABLE itsm_record_number");
    }
  }
}
