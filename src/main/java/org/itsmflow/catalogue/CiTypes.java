package org.itsmflow.catalogue;

import java.util.List;
import java.util.regex.Pattern;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.RecordInUseException;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.itsmflow.platform.Rows;

/** The CI types configuration managers may use. */
@Component
public class CiTypes {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,29}");

  private final JdbcTemplate jdbc;

  CiTypes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<CiType> list() {
    return jdbc.query("SELECT code, name FROM itsm_ci_type ORDER BY code",
        (rs, n) -> new CiType(rs.getString(1), rs.getString(2)));
  }

  @Transactional(readOnly = true)
  public boolean exists(String code) {
    return Rows.count(jdbc, "SELECT count(*) FROM itsm_ci_type WHERE code = ?", code) > 0;
  }

  /** @return true when created */
  @Transactional
  public boolean save(String code, String name) {
    Fields.matching("code", code, CODE, "1 to 30 lower-case letters, digits or '-', e.g. server");
    String checkedName = Fields.text("name", name, 200);
    if (jdbc.update("UPDATE itsm_ci_type SET name = ? WHERE code = ?", checkedName, code) > 0) {
      return false;
    }
    jdbc.update("INSERT INTO itsm_ci_type (code, name) VALUES (?, ?)", code, checkedName);
    return true;
  }

  @Transactional
  public void delete(String code) {
    int used = Rows.count(jdbc, "SELECT count(*) FROM itsm_ci WHERE type_code = ?", code);
    if (used > 0) {
      throw new RecordInUseException("CI type '" + code + "' is used by " + used + " configuration items");
    }
    if (jdbc.update("DELETE FROM itsm_ci_type WHERE code = ?", code) == 0) {
      throw new RecordNotFoundException("CI type", code);
    }
  }

}
