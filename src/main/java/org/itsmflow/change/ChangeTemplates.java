package org.itsmflow.change;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of standard changes. Templates are deactivated, not deleted: changes refer to them. */
@Component
public class ChangeTemplates {

  static final String RECORD_TYPE = "Change template";
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,29}");
  private static final String COLUMNS = "code, name, description, service_code, implementation_plan, backout_plan, "
      + "active, updated_at, updated_by";

  private final JdbcTemplate jdbc;
  private final ServiceCatalogue services;
  private final CurrentUser currentUser;

  ChangeTemplates(JdbcTemplate jdbc, ServiceCatalogue services, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.services = services;
    this.currentUser = currentUser;
  }

  /** Body of PUT /api/change-templates/{code}. */
  public record Request(String name, String description, String serviceCode, String implementationPlan,
      String backoutPlan, Boolean active) {}

  /** @return true when the template was created, false when replaced */
  @Transactional
  public boolean save(String code, Request r) {
    Fields.matching("code", code, CODE, "upper-case letters, digits, '_' and '-'");
    String service = Fields.optionalText("serviceCode", r == null ? null : r.serviceCode(), 30);
    if (r == null) {
      Fields.text("name", null, 200);
    }
    ChangeTemplate t = new ChangeTemplate(code, Fields.text("name", r.name(), 200),
        Fields.text("description", r.description(), 4000), service,
        Fields.text("implementationPlan", r.implementationPlan(), 4000),
        Fields.text("backoutPlan", r.backoutPlan(), 4000), r.active() == null || r.active(), EngineClock.now(),
        currentUser.id());
    if (service != null && !services.exists(service)) {
      throw new RecordNotFoundException("Service", service, "serviceCode");
    }
    int updated = jdbc.update("UPDATE itsm_change_template SET name = ?, description = ?, service_code = ?, "
            + "implementation_plan = ?, backout_plan = ?, active = ?, updated_at = ?, updated_by = ? WHERE code = ?",
        t.name(), t.description(), t.serviceCode(), t.implementationPlan(), t.backoutPlan(), t.active(),
        ChangeRepository.ts(t.updatedAt()), t.updatedBy(), code);
    if (updated == 1) {
      return false;
    }
    jdbc.update("INSERT INTO itsm_change_template (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", code,
        t.name(), t.description(), t.serviceCode(), t.implementationPlan(), t.backoutPlan(), t.active(),
        ChangeRepository.ts(t.updatedAt()), t.updatedBy());
    return true;
  }

  @Transactional(readOnly = true)
  public ChangeTemplate get(String code) {
    return find(code).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, code));
  }

  @Transactional(readOnly = true)
  public Optional<ChangeTemplate> find(String code) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_change_template WHERE code = ?", (rs, i) -> map(rs), code)
        .stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<ChangeTemplate> list(Boolean active) {
    if (active == null) {
      return jdbc.query("SELECT " + COLUMNS + " FROM itsm_change_template ORDER BY code", (rs, i) -> map(rs));
    }
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_change_template WHERE active = ? ORDER BY code",
        (rs, i) -> map(rs), active);
  }

  private static ChangeTemplate map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new ChangeTemplate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getBoolean(7), ChangeRepository.instant(rs.getTimestamp(8)), rs.getString(9));
  }
}
