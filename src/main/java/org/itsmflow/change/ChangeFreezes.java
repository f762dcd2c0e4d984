package org.itsmflow.change;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Change freeze windows: data, kept by the change managers. */
@Component
public class ChangeFreezes {

  static final String RECORD_TYPE = "Change freeze";
  private static final String COLUMNS = "id, name, starts_at, ends_at, service_code, reason, created_at, created_by";

  private final JdbcTemplate jdbc;
  private final ServiceCatalogue services;
  private final CurrentUser currentUser;

  ChangeFreezes(JdbcTemplate jdbc, ServiceCatalogue services, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.services = services;
    this.currentUser = currentUser;
  }

  /** Body of POST /api/change-freezes; times are ISO-8601 with offset. */
  public record Request(String name, String startsAt, String endsAt, String serviceCode, String reason) {}

  @Transactional
  public ChangeFreeze create(Request r) {
    if (r == null) {
      throw new InvalidFieldException("name", "required");
    }
    String name = Fields.text("name", r.name(), 200);
    Instant starts = instant("startsAt", r.startsAt());
    Instant ends = instant("endsAt", r.endsAt());
    if (!ends.isAfter(starts)) {
      throw new InvalidFieldException("endsAt", "after startsAt");
    }
    String service = Fields.optionalText("serviceCode", r.serviceCode(), 30);
    if (service != null && !services.exists(service)) {
      throw new RecordNotFoundException("Service", service, "serviceCode");
    }
    String reason = Fields.optionalText("reason", r.reason(), 4000);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    Instant now = EngineClock.now();
    String by = currentUser.id();
    jdbc.update(con -> {
      var ps = con.prepareStatement("INSERT INTO itsm_change_freeze (name, starts_at, ends_at, service_code, reason, "
          + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, name);
      ps.setTimestamp(2, ChangeRepository.ts(starts));
      ps.setTimestamp(3, ChangeRepository.ts(ends));
      ps.setString(4, service);
      ps.setString(5, reason);
      ps.setTimestamp(6, ChangeRepository.ts(now));
      ps.setString(7, by);
      return ps;
    }, key);
    return get(key.getKey().longValue());
  }

  @Transactional
  public void delete(long id) {
    if (jdbc.update("DELETE FROM itsm_change_freeze WHERE id = ?", id) == 0) {
      throw new RecordNotFoundException(RECORD_TYPE, String.valueOf(id));
    }
  }

  @Transactional(readOnly = true)
  public ChangeFreeze get(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_change_freeze WHERE id = ?", (rs, i) -> map(rs), id)
        .stream().findFirst().orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, String.valueOf(id)));
  }

  /** Freezes that overlap [from, to). */
  @Transactional(readOnly = true)
  public List<ChangeFreeze> between(Instant from, Instant to) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_change_freeze WHERE starts_at < ? AND ends_at > ? "
        + "ORDER BY starts_at, id", (rs, i) -> map(rs), ChangeRepository.ts(to), ChangeRepository.ts(from));
  }

  static Instant instant(String field, String value) {
    String text = Fields.text(field, value, 40);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(field, "a date and time with offset, e.g. 2026-12-20T00:00:00Z");
    }
  }

  private static ChangeFreeze map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new ChangeFreeze(rs.getLong(1), rs.getString(2), ChangeRepository.instant(rs.getTimestamp(3)),
        ChangeRepository.instant(rs.getTimestamp(4)), rs.getString(5), rs.getString(6),
        ChangeRepository.instant(rs.getTimestamp(7)), rs.getString(8));
  }
}
