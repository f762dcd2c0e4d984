package org.itsmflow.problem;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.ListQuery;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.RecordNumbers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The known-error database (ISO 20000 8.6.3): one known error per problem, published once its
 * root cause or a workaround is known, kept up to date with the problem and marked resolved
 * when the problem is fixed. Incident management searches it.
 */
@Component
public class KnownErrors {

  static final String RECORD_TYPE = "Known error";
  static final String NUMBER_PREFIX = "KE";
  private static final String COLUMNS = "number, problem_number, title, symptoms, cause, workaround, service_code, "
      + "status, created_at, updated_at, resolved_at";

  private final JdbcTemplate jdbc;
  private final RecordNumbers numbers;

  KnownErrors(JdbcTemplate jdbc, RecordNumbers numbers) {
    this.jdbc = jdbc;
    this.numbers = numbers;
  }

  /**
   * Publishes the problem's known error or brings it up to date (cause, workaround, CIs).
   * Returns its number, or null while neither a root cause nor a workaround is known.
   */
  @Transactional
  public String publish(Problem p, List<String> cis) {
    if (p.rootCause() == null && p.workaround() == null) {
      return null;
    }
    Instant now = EngineClock.now();
    Optional<KnownError> existing = forProblem(p.number());
    String number;
    if (existing.isPresent()) {
      number = existing.get().number();
      jdbc.update("UPDATE itsm_known_error SET title = ?, cause = ?, workaround = ?, service_code = ?, status = ?, "
              + "updated_at = ?, resolved_at = NULL WHERE number = ?", p.title(), p.rootCause(), p.workaround(),
          p.serviceCode(), KnownError.ACTIVE, ProblemRepository.ts(now), number);
    } else {
      number = numbers.next(NUMBER_PREFIX);
      jdbc.update("INSERT INTO itsm_known_error (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", number,
          p.number(), p.title(), p.description(), p.rootCause(), p.workaround(), p.serviceCode(), KnownError.ACTIVE,
          ProblemRepository.ts(now), ProblemRepository.ts(now), null);
    }
    List<String> known = cis(number);
    for (String ci : cis) {
      if (!known.contains(ci)) {
        jdbc.update("INSERT INTO itsm_known_error_ci (number, ci_id) VALUES (?, ?)", number, ci);
      }
    }
    return number;
  }

  /** The problem is fixed: its known error stays for the record but no longer matches new incidents. */
  @Transactional
  public void resolve(String problemNumber) {
    Instant now = EngineClock.now();
    jdbc.update("UPDATE itsm_known_error SET status = ?, resolved_at = ?, updated_at = ? WHERE problem_number = ? "
        + "AND status = ?", KnownError.RESOLVED, ProblemRepository.ts(now), ProblemRepository.ts(now), problemNumber,
        KnownError.ACTIVE);
  }

  @Transactional(readOnly = true)
  public Optional<KnownError> forProblem(String problemNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_known_error WHERE problem_number = ?", this::map,
        problemNumber).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public KnownError get(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_known_error WHERE number = ?", this::map, number).stream()
        .findFirst().orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, number));
  }

  /**
   * Search: q in title, symptoms, cause or workaround (case-insensitive); on a CI; on a
   * service (its own or one of its CIs'); by status (default active, "all" for every one).
   */
  @Transactional(readOnly = true)
  public List<KnownError> search(String q, String ci, String service, String status, int offset, int limit) {
    String state = status == null ? KnownError.ACTIVE : status.trim().toLowerCase(Locale.ROOT);
    if (!List.of(KnownError.ACTIVE, KnownError.RESOLVED, "all").contains(state)) {
      throw new InvalidFieldException("status", "one of active, resolved, all");
    }
    String text = Fields.optionalText("q", q, 200);
    String like = text == null ? null : "%" + text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    return ListQuery.select("SELECT " + COLUMNS + " FROM itsm_known_error k")
        .where("status = ?", state.equals("all") ? null : state)
        .where("(LOWER(title) LIKE ? OR LOWER(symptoms) LIKE ? OR LOWER(cause) LIKE ? OR LOWER(workaround) LIKE ?)", like)
        .where("EXISTS (SELECT 1 FROM itsm_known_error_ci c WHERE c.number = k.number AND c.ci_id = ?)", ci)
        .where("(service_code = ? OR EXISTS (SELECT 1 FROM itsm_known_error_ci c WHERE c.number = k.number "
            + "AND c.ci_id IN (" + ConfigurationItems.CIS_OF_SERVICE + ")))", service)
        .page(jdbc, "updated_at DESC, number DESC", offset, limit, this::map);
  }


  /** Active known errors on this CI or on this service: what an incident's handler should know. */
  @Transactional(readOnly = true)
  public List<KnownError> matching(String serviceCode, String ciId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_known_error k WHERE status = ? AND (service_code = ? "
            + "OR EXISTS (SELECT 1 FROM itsm_known_error_ci c WHERE c.number = k.number AND c.ci_id = ?)) "
            + "ORDER BY updated_at DESC, number DESC FETCH FIRST 20 ROWS ONLY",
        this::map, KnownError.ACTIVE, serviceCode, ciId);
  }

  private List<String> cis(String number) {
    return jdbc.queryForList("SELECT ci_id FROM itsm_known_error_ci WHERE number = ? ORDER BY ci_id", String.class,
        number);
  }

  private KnownError map(ResultSet rs, int row) throws SQLException {
    String number = rs.getString("number");
    return new KnownError(number, rs.getString("problem_number"), rs.getString("title"), rs.getString("symptoms"),
        rs.getString("cause"), rs.getString("workaround"), rs.getString("service_code"), cis(number),
        rs.getString("status"), ProblemRepository.instant(rs.getTimestamp("created_at")),
        ProblemRepository.instant(rs.getTimestamp("updated_at")),
        ProblemRepository.instant(rs.getTimestamp("resolved_at")));
  }
}
