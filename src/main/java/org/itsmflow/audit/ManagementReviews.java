package org.itsmflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.ports.ImprovementPort;
import org.itsmflow.reporting.Measure;
import org.itsmflow.reporting.Measures;
import org.itsmflow.reporting.Objectives;
import org.itsmflow.workspace.Labels;
import org.itsmflow.workspace.ViewerTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Management reviews (ISO 20000 9.3), held by process management-review: the inputs the standard
 * names, gathered for the six months before the review (the status of the previous review's actions
 * and improvements, the objectives against their targets, the internal audits' results, service
 * performance from the reporting measures, nonconformities, customer satisfaction, improvement
 * opportunities); the review's decisions and actions as top management
 * records them; each improvement it names entered in the register, linked back by the review's id.
 */
@Service
public class ManagementReviews {

  /** What a review was given. */
  public record Inputs(String id, LocalDate from, LocalDate to, Previous previous, List<Objectives.Objective> objectives,
      List<AuditResult> audits, List<Measures.Series> measures, String risks) {}

  /** An internal audit reported in the period: what it found, and which of its nonconformities are still open. */
  public record AuditResult(String id, String process, List<String> clauses, LocalDate auditOn, String auditor,
      int findings, long nonconformities, List<String> openNonconformities, String status) {}

  /** The review before: its outputs, and where its improvements stand now. */
  public record Previous(String id, Instant heldAt, String heldBy, String decisions, String actions,
      List<ImprovementState> improvements) {}

  public record ImprovementState(String number, String status) {}

  /** A review as the API shows it. */
  public record Review(String id, String periodFrom, String periodTo, String status, Instant preparedAt,
      String heldBy, Instant heldAt, String decisions, String actions, List<String> improvements, JsonNode inputs) {}

  /** The measures a review reads, each with its grouping and its heading. */
  private static final List<String[]> MEASURES = List.of(
      new String[] {"sla-attainment", "service"}, new String[] {"incident-volume", "priority"},
      new String[] {"major-incidents", "service"}, new String[] {"incident-resolution-time", "service"},
      new String[] {"request-fulfilment-time", "service"}, new String[] {"change-success", "service"},
      new String[] {"changes-causing-incidents", "service"}, new String[] {"problems", "service"},
      new String[] {"satisfaction", "service"}, new String[] {"nonconformities", "severity"},
      new String[] {"improvements", "status"});
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final int PERIOD_MONTHS = 6;

  private final JdbcTemplate jdbc;
  private final Measures measures;
  private final ImprovementPort improvements;
  private final ViewerTime time;
  private final ObjectMapper json;
  private final CurrentUser currentUser;
  private final Objectives objectives;
  private final InternalAudits audits;

  ManagementReviews(JdbcTemplate jdbc, Measures measures, ImprovementPort improvements, ViewerTime time,
      ObjectMapper json, CurrentUser currentUser, Objectives objectives, InternalAudits audits) {
    this.objectives = objectives;
    this.audits = audits;
    this.jdbc = jdbc;
    this.measures = measures;
    this.improvements = improvements;
    this.time = time;
    this.json = json;
    this.currentUser = currentUser;
  }

  /**
   * The review due now: its id (MR-2027-01, by the month it is held in) and its inputs for the six
   * whole months before, gathered once (a second call in the month gives the same review).
   */
  @Transactional
  public Inputs prepare(Instant now) {
    YearMonth month = YearMonth.from(LocalDate.ofInstant(now, time.zone()));
    String id = "MR-" + month;
    List<Inputs> existing = jdbc.query("SELECT inputs FROM itsm_management_review WHERE id = ?",
        (rs, i) -> read(rs.getBytes(1), Inputs.class), id);
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    LocalDate from = month.minusMonths(PERIOD_MONTHS).atDay(1);
    LocalDate to = month.atDay(1);
    List<Measures.Series> performance = new ArrayList<>();
    for (String[] measure : MEASURES) {
      performance.add(measures.compute(measure[0], from.toString(), to.toString(), null, measure[1], time.zone()));
    }
    List<AuditResult> auditResults = audits.reportedBetween(from.atStartOfDay(time.zone()).toInstant(),
        now).stream().map(a -> new AuditResult(a.id(), a.processKey(), a.clauses(), a.auditOn(), a.auditor(),
            a.findings().size(), a.nonconformities(), a.findings().stream().filter(f -> f.nonconformity() != null
                && !"closed".equals(f.nonconformityStatus())).map(InternalAudits.Finding::nonconformity).toList(),
            a.status())).toList();
    Inputs inputs = new Inputs(id, from, to, previous(id), objectives.active(now), auditResults, performance,
        "No risk register is kept in ITSM Flow yet: bring the risks and opportunities to the review.");
    jdbc.update("INSERT INTO itsm_management_review (id, period_from, period_to, status, inputs, prepared_at) "
        + "VALUES (?, ?, ?, 'PREPARED', ?, ?)", id, from.toString(), to.toString(), write(inputs),
        Timestamp.from(EngineClock.now()));
    return inputs;
  }

  /** "1 July 2026 to 31 December 2026". */
  public static String period(Inputs inputs) {
    return DAY.format(inputs.from()) + " to " + DAY.format(inputs.to().minusDays(1));
  }

  /**
   * The inputs as the review's form shows them: the previous review first, the audits and risks
   * next, then one line per group of each measure, as many as fit into a form's text (the rest
   * is counted; the whole is in the API's answer).
   */
  public static String summary(Inputs inputs) {
    List<String> lines = new ArrayList<>();
    Previous previous = inputs.previous();
    if (previous == null) {
      lines.add("Previous review: none held in ITSM Flow.");
    } else {
      lines.add("Previous review: " + previous.id() + ", held by " + previous.heldBy() + ".");
      lines.add("  Actions: " + (previous.actions() == null ? "none" : previous.actions()));
      lines.add("  Improvements: " + (previous.improvements().isEmpty() ? "none" : previous.improvements().stream()
          .map(i -> i.number() + " " + (i.status() == null ? "no longer in the register" : i.status()))
          .collect(Collectors.joining(", "))));
    }
    lines.add("Objectives (6.2): " + (inputs.objectives() == null || inputs.objectives().isEmpty()
        ? "none kept in ITSM Flow yet." : "actual value against target"));
    lines.addAll(Objectives.lines(inputs.objectives() == null ? List.of() : inputs.objectives()));
    List<AuditResult> auditResults = inputs.audits() == null ? List.of() : inputs.audits();
    lines.add("Internal audits (9.2): " + (auditResults.isEmpty() ? "none reported since " + DAY.format(inputs.from())
        + "." : "reported since " + DAY.format(inputs.from())));
    for (AuditResult a : auditResults) {
      lines.add("  " + a.id() + " " + a.process() + " (" + String.join(", ", a.clauses()) + ") by " + a.auditor()
          + " on " + a.auditOn() + ": " + a.findings() + " findings, " + a.nonconformities() + " nonconformities"
          + (a.openNonconformities().isEmpty() ? "" : ", open: " + String.join(", ", a.openNonconformities()))
          + "; " + a.status());
    }
    lines.add("Risks and opportunities: " + inputs.risks());
    lines.add("All inputs: GET /api/management-reviews/" + inputs.id());
    for (Measures.Series series : inputs.measures()) {
      lines.add("");
      lines.add(series.title() + " by " + series.groupBy() + ":");
      if (series.rows().isEmpty()) {
        lines.add("  nothing in the period");
      }
      for (Measure.Row row : series.rows()) {
        lines.add("  " + row.key() + ": " + row.values().entrySet().stream()
            .map(v -> Labels.label(v.getKey()).toLowerCase(Locale.ROOT) + " " + (v.getValue() == null ? "–"
                : v.getValue() + (Measures.isPercent(v.getKey()) ? " %" : "")))
            .collect(Collectors.joining(", ")));
      }
    }
    return ProcessVariables.shown(lines, "\n");
  }

  /**
   * Top management held the review: its decisions (required), actions, and the improvements it names
   * (one per line, at most 20), recorded as the person who completed the review; 400 naming the field.
   */
  @Transactional
  public void held(String id, String decisions, String actions, String improvementLines) {
    String checkedDecisions = Fields.text("reviewDecisions", decisions, 4000);
    String checkedActions = Fields.optionalText("reviewActions", actions, 4000);
    List<String> titles = titles(improvementLines);
    int updated = jdbc.update("UPDATE itsm_management_review SET status = 'HELD', held_by = ?, held_at = ?, "
        + "decisions = ?, actions = ?, improvement_titles = ? WHERE id = ? AND status = 'PREPARED'",
        currentUser.id(), Timestamp.from(EngineClock.now()), checkedDecisions, checkedActions,
        titles.isEmpty() ? null : String.join("\n", titles), id);
    if (updated == 0 && get(id) == null) {
      throw new RecordNotFoundException("Management review", id);
    }
  }

  /** Each improvement the review named enters the register (source management-review, this review's id); once. */
  @Transactional
  public List<String> raiseImprovements(String id) {
    Map<String, Object> row = jdbc.queryForMap("SELECT improvement_titles, improvements, decisions FROM "
        + "itsm_management_review WHERE id = ?", id);
    if (row.get("IMPROVEMENTS") != null || row.get("IMPROVEMENT_TITLES") == null) {
      return split((String) row.get("IMPROVEMENTS"));
    }
    List<String> numbers = new ArrayList<>();
    for (String title : ((String) row.get("IMPROVEMENT_TITLES")).split("\n")) {
      numbers.add(improvements.register(title, "Raised by management review " + id + ". Its decisions: "
          + row.get("DECISIONS"), "management-review", id));
    }
    jdbc.update("UPDATE itsm_management_review SET improvements = ? WHERE id = ?", String.join(",", numbers), id);
    return numbers;
  }

  /** Every review, newest first. */
  @Transactional(readOnly = true)
  public List<Review> list() {
    return jdbc.query("SELECT * FROM itsm_management_review ORDER BY id DESC", (rs, i) -> review(rs));
  }

  /** One review with its inputs; 404 naming it otherwise. */
  @Transactional(readOnly = true)
  public Review review(String id) {
    Review review = get(id);
    if (review == null) {
      throw new RecordNotFoundException("Management review", id);
    }
    return review;
  }

  /** The improvement titles of a form's text: one per line, trimmed, 3 to 200 characters, at most 20. Pure. */
  static List<String> titles(String lines) {
    if (lines == null || lines.isBlank()) {
      return List.of();
    }
    List<String> titles = Arrays.stream(lines.split("\\R")).map(String::trim).filter(l -> !l.isEmpty()).toList();
    if (titles.size() > 20) {
      throw new org.itsmflow.platform.InvalidFieldException("reviewImprovements", "at most 20 improvements, one per line");
    }
    for (String title : titles) {
      if (title.length() < 3 || title.length() > 200) {
        throw new org.itsmflow.platform.InvalidFieldException("reviewImprovements",
            "each line is an improvement's title of 3 to 200 characters: '" + title + "'");
      }
    }
    return titles;
  }

  private Review get(String id) {
    return jdbc.query("SELECT * FROM itsm_management_review WHERE id = ?", (rs, i) -> review(rs), id).stream()
        .findFirst().orElse(null);
  }

  private Previous previous(String id) {
    return jdbc.query("SELECT id, held_at, held_by, decisions, actions, improvements FROM itsm_management_review "
        + "WHERE status = 'HELD' AND id < ? ORDER BY id DESC", (rs, i) -> new Previous(rs.getString(1),
            rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
            split(rs.getString(6)).stream().map(n -> new ImprovementState(n, improvements.status(n))).toList()), id)
        .stream().findFirst().orElse(null);
  }

  private Review review(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp heldAt = rs.getTimestamp("held_at");
    return new Review(rs.getString("id"), rs.getString("period_from"), rs.getString("period_to"),
        rs.getString("status").toLowerCase(Locale.ROOT), rs.getTimestamp("prepared_at").toInstant(),
        rs.getString("held_by"), heldAt == null ? null : heldAt.toInstant(), rs.getString("decisions"),
        rs.getString("actions"), split(rs.getString("improvements")), read(rs.getBytes("inputs"), JsonNode.class));
  }

  private static List<String> split(String numbers) {
    return numbers == null || numbers.isBlank() ? List.of() : List.of(numbers.split(","));
  }

  private byte[] write(Inputs inputs) {
    try {
      return json.writeValueAsBytes(inputs);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("management review inputs as JSON", e);
    }
  }

  private <T> T read(byte[] bytes, Class<T> type) {
    try {
      return json.readValue(bytes, type);
    } catch (IOException e) {
      throw new IllegalStateException("management review inputs from JSON", e);
    }
  }
}
