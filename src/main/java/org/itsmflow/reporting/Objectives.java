package org.itsmflow.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.RecordNumbers;
import org.itsmflow.workspace.ViewerTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service management objectives (ISO 20000 6.2): what the organisation wants to achieve, each as
 * one value of a reporting measure for one group over the last whole months (the e-mail service's
 * SLA attainment over the last three months at least 95 %), with an owner and a date by which it is
 * reviewed. The actual value is computed from the measure whenever the objective is read, so the
 * management review and the workspace show the same figure as the reports.
 */
@Service
public class Objectives {

  /** at-least: the actual value must reach the target; at-most: it must not exceed it. */
  public static final List<String> COMPARISONS = List.of("at-least", "at-most");

  /** What an objective asks for, as the API and the page send it. */
  public record Definition(String title, String measure, String value, String groupBy, String key, String comparison,
      BigDecimal target, Integer periodMonths, String owner, String reviewOn, Boolean active) {}

  /**
   * An objective with its actual value over its period: {@code status} {@code met}, {@code missed}
   * or {@code no-data} (the measure had no value for the group in the period); {@code reviewDue} once
   * its review date has come.
   */
  public record Objective(String id, String title, String measure, String measureTitle, String value, String groupBy,
      String key, String comparison, BigDecimal target, int periodMonths, String owner, LocalDate reviewOn,
      boolean active, LocalDate periodFrom, LocalDate periodTo, BigDecimal actual, String status, boolean reviewDue,
      String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    /** "at least 95 %" for people. */
    public String targetText() {
      return comparison.replace('-', ' ') + " " + target.stripTrailingZeros().toPlainString()
          + (Measures.isPercent(value) ? " %" : "");
    }

    /** The actual value for people, "–" without data. */
    public String actualText() {
      return actual == null ? "–" : actual.stripTrailingZeros().toPlainString() + (Measures.isPercent(value) ? " %" : "");
    }
  }

  private final JdbcTemplate jdbc;
  private final Measures measures;
  private final RecordNumbers numbers;
  private final IdentityService identity;
  private final CurrentUser currentUser;
  private final ViewerTime time;

  Objectives(JdbcTemplate jdbc, Measures measures, RecordNumbers numbers, IdentityService identity,
      CurrentUser currentUser, ViewerTime time) {
    this.jdbc = jdbc;
    this.measures = measures;
    this.numbers = numbers;
    this.identity = identity;
    this.currentUser = currentUser;
    this.time = time;
  }

  /** Every objective, active ones first, each with its actual value as of now. */
  @Transactional(readOnly = true)
  public List<Objective> list() {
    Instant now = EngineClock.now();
    return jdbc.query("SELECT * FROM itsm_objective ORDER BY active DESC, id", (rs, i) -> row(rs)).stream()
        .map(r -> evaluate(r, now)).toList();
  }

  /** The active objectives as of {@code now} (the management review's input). */
  @Transactional(readOnly = true)
  public List<Objective> active(Instant now) {
    return jdbc.query("SELECT * FROM itsm_objective WHERE active = TRUE ORDER BY id", (rs, i) -> row(rs)).stream()
        .map(r -> evaluate(r, now)).toList();
  }

  /** One objective; 404 naming it. */
  @Transactional(readOnly = true)
  public Objective get(String id) {
    return evaluate(find(id), EngineClock.now());
  }

  /** A new objective (active unless said otherwise); 400 naming the field for anything it cannot measure. */
  @Transactional
  public Objective create(Definition definition) {
    Checked c = check(definition);
    String id = numbers.next("OBJ");
    jdbc.update("INSERT INTO itsm_objective (id, title, measure, value_name, group_by, group_key, comparison, target, "
        + "period_months, owner, review_on, active, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, c.title, c.measure, c.value, c.groupBy, c.key, c.comparison, c.target, c.periodMonths, c.owner,
        Date.valueOf(c.reviewOn), c.active, currentUser.id(), Timestamp.from(EngineClock.now()));
    return get(id);
  }

  /** Changes every field of the objective (the same checks as a new one); 404 naming it. */
  @Transactional
  public Objective update(String id, Definition definition) {
    find(id);
    Checked c = check(definition);
    jdbc.update("UPDATE itsm_objective SET title = ?, measure = ?, value_name = ?, group_by = ?, group_key = ?, "
        + "comparison = ?, target = ?, period_months = ?, owner = ?, review_on = ?, active = ?, updated_by = ?, "
        + "updated_at = ? WHERE id = ?", c.title, c.measure, c.value, c.groupBy, c.key, c.comparison, c.target,
        c.periodMonths, c.owner, Date.valueOf(c.reviewOn), c.active, currentUser.id(),
        Timestamp.from(EngineClock.now()), id);
    return get(id);
  }

  /** The objective's value over the last whole months before {@code now}, and whether it met its target. */
  Objective evaluate(Stored s, Instant now) {
    ZoneId zone = time.zone();
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate to = today.withDayOfMonth(1);
    LocalDate from = to.minusMonths(s.periodMonths);
    BigDecimal actual = null;
    Measures.Series series = measures.compute(s.measure, from.toString(), to.toString(), null, s.groupBy, zone);
    for (Measure.Row row : series.rows()) {
      if (row.key().equals(s.key) && row.values().get(s.value) != null) {
        actual = new BigDecimal(row.values().get(s.value).toString()).setScale(2, RoundingMode.HALF_UP);
      }
    }
    String status = actual == null ? "no-data"
        : (s.comparison.equals("at-least") ? actual.compareTo(s.target) >= 0 : actual.compareTo(s.target) <= 0)
            ? "met" : "missed";
    return new Objective(s.id, s.title, s.measure, series.title(), s.value, s.groupBy, s.key, s.comparison, s.target,
        s.periodMonths, s.owner, s.reviewOn, s.active, from, to.minusDays(1), actual, status,
        !today.isBefore(s.reviewOn), s.createdBy, s.createdAt, s.updatedBy, s.updatedAt);
  }

  private Stored find(String id) {
    return jdbc.query("SELECT * FROM itsm_objective WHERE id = ?", (rs, i) -> row(rs), id).stream().findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Objective", id));
  }

  private record Stored(String id, String title, String measure, String value, String groupBy, String key,
      String comparison, BigDecimal target, int periodMonths, String owner, LocalDate reviewOn, boolean active,
      String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {}

  private record Checked(String title, String measure, String value, String groupBy, String key, String comparison,
      BigDecimal target, int periodMonths, String owner, LocalDate reviewOn, boolean active) {}

  private Checked check(Definition d) {
    if (d == null) {
      throw new InvalidFieldException("title", "required");
    }
    String title = Fields.text("title", d.title(), 200);
    Measure measure = measures.find(d.measure() == null ? "" : d.measure().trim()).orElseThrow(() ->
        new InvalidFieldException("measure", "one of " + String.join(", ", measures.all().stream()
            .map(Measure::name).toList())));
    String groupBy = Fields.oneOf("groupBy", d.groupBy() == null ? "" : d.groupBy().trim(), measure.groupings());
    String key = Fields.text("key", d.key(), 100);
    String value = Fields.text("value", d.value(), 60);
    Set<String> known = valuesOf(measure, groupBy);
    if (!known.isEmpty() && !known.contains(value)) {
      throw new InvalidFieldException("value", "one of the values of " + measure.name() + ": " + String.join(", ", known));
    }
    String comparison = Fields.oneOf("comparison", d.comparison() == null ? "at-least" : d.comparison(), COMPARISONS);
    if (d.target() == null || d.target().abs().compareTo(new BigDecimal("1000000000")) >= 0 || d.target().scale() > 2) {
      throw new InvalidFieldException("target", "a number with at most two decimals, e.g. 95 or 4.5");
    }
    if (Measures.isPercent(value) && (d.target().signum() < 0 || d.target().compareTo(new BigDecimal(100)) > 0)) {
      throw new InvalidFieldException("target", "a percentage from 0 to 100");
    }
    int periodMonths = Fields.range("periodMonths", d.periodMonths() == null ? 3 : d.periodMonths(), 1, 24);
    String owner = Fields.text("owner", d.owner(), 64);
    if (identity.createUserQuery().userId(owner).count() == 0 && identity.createGroupQuery().groupId(owner).count() == 0) {
      throw new InvalidFieldException("owner", "a user or group that exists: '" + owner + "' is neither");
    }
    LocalDate reviewOn;
    try {
      reviewOn = LocalDate.parse(Fields.text("reviewOn", d.reviewOn(), 10));
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException("reviewOn", "a date such as 2027-06-30");
    }
    return new Checked(title, measure.name(), value, groupBy, key, comparison, d.target(), periodMonths, owner,
        reviewOn, d.active() == null || d.active());
  }

  /**
   * The value names the measure gave in the last two years (a measure declares its rows, not its
   * value names); empty when it has not produced a row yet, and then any name is taken.
   */
  private Set<String> valuesOf(Measure measure, String groupBy) {
    LocalDate to = LocalDate.ofInstant(EngineClock.now(), time.zone()).plusDays(1);
    Set<String> names = new LinkedHashSet<>();
    for (Measure.Row row : measures.compute(measure.name(), to.minusYears(2).toString(), to.toString(), null, groupBy,
        time.zone()).rows()) {
      names.addAll(row.values().keySet());
    }
    return names;
  }

  private static Stored row(ResultSet rs) throws SQLException {
    Timestamp updated = rs.getTimestamp("updated_at");
    return new Stored(rs.getString("id"), rs.getString("title"), rs.getString("measure"), rs.getString("value_name"),
        rs.getString("group_by"), rs.getString("group_key"), rs.getString("comparison").toLowerCase(Locale.ROOT),
        rs.getBigDecimal("target").setScale(2, RoundingMode.HALF_UP), rs.getInt("period_months"), rs.getString("owner"),
        rs.getDate("review_on").toLocalDate(), rs.getBoolean("active"), rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
        updated == null ? null : updated.toInstant());
  }

  /** The objectives as lines for a form's text. Pure. */
  public static List<String> lines(List<Objective> objectives) {
    List<String> lines = new ArrayList<>();
    for (Objective o : objectives) {
      lines.add("  " + o.id() + " " + o.title() + ": " + o.actualText() + " (" + o.targetText() + ", "
          + o.groupBy() + " " + o.key() + ", " + o.periodFrom() + " to " + o.periodTo() + ") " + switch (o.status()) {
            case "met" -> "met";
            case "missed" -> "MISSED";
            default -> "no data";
          } + (o.reviewDue() ? ", review due since " + o.reviewOn() : "") + "; owner " + o.owner());
    }
    return lines;
  }
}
