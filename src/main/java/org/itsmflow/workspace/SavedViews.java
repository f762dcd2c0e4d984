package org.itsmflow.workspace;

import java.sql.Timestamp;
import java.util.List;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member of staff's saved views of the workspace's lists: a name for a list's filters, shown
 * above that list for that person only. Saving a name again replaces its filters.
 */
@Service
public class SavedViews {

  /** The lists a view can be saved for. */
  static final List<String> LISTS = List.of("/changes", "/cis", "/improvements", "/incidents", "/known-errors",
      "/nonconformities", "/problems", "/releases", "/requests");

  /** One saved view: its name and the list's address with its filters. */
  public record View(long id, String name, String href) {}

  private final JdbcTemplate jdbc;

  SavedViews(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  public void save(String user, String list, String name, String query) {
    String path = Fields.oneOf("list", list, LISTS);
    String label = Fields.text("name", name, 60);
    String filters = query == null ? "" : query.trim();
    if (filters.length() > 1000 || filters.startsWith("?") || filters.chars().anyMatch(c -> c < 0x20 || c == '#')) {
      throw new InvalidFieldException("query", "the list's filters as its address carries them, at most 1000 characters");
    }
    String kept = filters.replaceAll("(^|&)page=[^&]*", "").replaceAll("^&", "");
    int updated = jdbc.update("UPDATE itsm_saved_view SET query = ? WHERE user_id = ? AND list_path = ? AND name = ?",
        kept, user, path, label);
    if (updated == 0) {
      jdbc.update("INSERT INTO itsm_saved_view (user_id, list_path, name, query, created_at) VALUES (?, ?, ?, ?, ?)",
          user, path, label, kept, Timestamp.from(EngineClock.now()));
    }
  }

  @Transactional(readOnly = true)
  public List<View> of(String user, String list) {
    return jdbc.query("SELECT id, name, list_path, query FROM itsm_saved_view WHERE user_id = ? AND list_path = ? "
        + "ORDER BY name", (rs, i) -> new View(rs.getLong(1), rs.getString(2),
            rs.getString(3) + (rs.getString(4).isEmpty() ? "" : "?" + rs.getString(4))), user, list);
  }

  /** Removes one of the user's own views; 404 for anyone else's. */
  @Transactional
  public void remove(String user, long id) {
    if (jdbc.update("DELETE FROM itsm_saved_view WHERE id = ? AND user_id = ?", id, user) == 0) {
      throw new RecordNotFoundException("Saved view", String.valueOf(id));
    }
  }
}
