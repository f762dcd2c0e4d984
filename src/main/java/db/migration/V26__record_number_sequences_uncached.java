package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * H2 hands out sequence values from a cache of 32 and writes the cache's end to the file: after a
 * restore of an online backup, or a restart after kill -9, numbering went on 32 further up
 * (INC-000003, then INC-000033; BackupRestoreIT). Record numbers are few per second at most, so
 * each one is written as it is taken. PostgreSQL's sequences already cache one. A sequence added
 * later says {@code CACHE 1} itself.
 */
public class V26__record_number_sequences_uncached extends BaseJavaMigration {

  private static final Pattern SEQUENCE = Pattern.compile("itsm_seq_[a-z]{1,10}");

  @Override
  public void migrate(Context context) throws Exception {
    List<String> sequences = new ArrayList<>();
    try (Statement select = context.getConnection().createStatement();
        ResultSet rows = select.executeQuery("SELECT sequence_name FROM information_schema.sequences "
            + "WHERE sequence_schema = CURRENT_SCHEMA")) {
      while (rows.next()) {
        String name = rows.getString(1).toLowerCase();
        if (SEQUENCE.matcher(name).matches()) {
          sequences.add(name);
        }
      }
    }
    try (Statement ddl = context.getConnection().createStatement()) {
      for (String sequence : sequences) {
        ddl.execute("ALTER SEQUENCE " + sequence + " CACHE 1");
      }
    }
  }
}
