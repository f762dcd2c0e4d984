package org.itsmflow.problem;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.itsmflow.platform.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trend detection (ISO 20000 8.6.3: problems are identified from trends in incidents): recent
 * incidents that no problem covers yet, counted per CI and per service; DMN
 * problem-trend-threshold says how many within how many days make a trend, by the service's
 * criticality. A trend raises one problem candidate, and none while an open problem covers that
 * CI (or that service trend).
 */
@Component
class ProblemTrends {

  static final String CI = "ci";
  static final String SERVICE = "service";
  private static final int MAX_LISTED = 50;

  private final JdbcTemplate jdbc;
  private final DecisionService decisions;
  private final ProblemRepository repository;
  private final ProblemRequests requests;

  ProblemTrends(JdbcTemplate jdbc, DecisionService decisions, ProblemRepository repository,
      ProblemRequests requests) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.repository = repository;
    this.requests = requests;
  }

  record Threshold(int incidents, int windowDays) {}

  /** Raises a problem candidate for each new trend; returns their numbers. */
  @Transactional
  List<String> raiseCandidates() {
    List<String> raised = new ArrayList<>();
    for (String scope : List.of(CI, SERVICE)) {
      for (int criticality = 1; criticality <= 3; criticality++) {
        Threshold threshold = threshold(scope, criticality);
        Instant since = EngineClock.now().minus(Duration.ofDays(threshold.windowDays()));
        for (Map<String, Object> trend : trends(scope, criticality, since, threshold.incidents())) {
          String key = (String) trend.get("trend_key");
          String target = key.substring(key.indexOf(':') + 1);
          if (scope.equals(CI) ? repository.openProblemOnCi(target) : repository.openProblemWithTrend(scope + ":" + target)) {
            continue;
          }
          raised.add(raise(scope, target, (String) trend.get("service_code"), since, threshold));
        }
      }
    }
    return raised;
  }

  Threshold threshold(String scope, int criticality) {
    Map<String, Object> result = decisions.evaluateDecisionTableByKey(ProblemProcess.Decisions.TREND_THRESHOLD,
        Variables.createVariables().putValue("scope", scope).putValue("serviceCriticality", criticality))
        .getSingleResult().getEntryMap();
    return new Threshold(((Number) result.get("threshold")).intValue(), ((Number) result.get("windowDays")).intValue());
  }

  private List<Map<String, Object>> trends(String scope, int criticality, Instant since, int threshold) {
    String column = scope.equals(CI) ? "i.ci_id" : "i.service_code";
    return jdbc.queryForList("SELECT '" + scope + ":' || " + column + " AS trend_key, MIN(i.service_code) AS service_code, "
            + "COUNT(*) AS incidents FROM itsm_incident i JOIN itsm_service s ON s.code = i.service_code "
            + "WHERE " + column + " IS NOT NULL AND s.criticality = ? AND i.created_at >= ? " + UNCOVERED
            + " GROUP BY " + column + " HAVING COUNT(*) >= ? ORDER BY 1",
        criticality, Timestamp.from(since), threshold);
  }

  private static final String UNCOVERED =
      "AND NOT EXISTS (SELECT 1 FROM itsm_problem_incident pi WHERE pi.incident_number = i.number)";

  /** The first incidents by number; all of them are linked to the problem anyway. */
  private static String listed(List<String> incidents) {
    int shown = Math.min(incidents.size(), MAX_LISTED);
    return String.join(", ", incidents.subList(0, shown))
        + (incidents.size() > shown ? " and " + (incidents.size() - shown) + " more" : "");
  }

  private String raise(String scope, String target, String serviceCode, Instant since, Threshold threshold) {
    String column = scope.equals(CI) ? "i.ci_id" : "i.service_code";
    List<String> incidents = jdbc.queryForList("SELECT i.number FROM itsm_incident i WHERE " + column + " = ? "
        + "AND i.created_at >= ? " + UNCOVERED + " ORDER BY i.number", String.class, target, Timestamp.from(since));
    String what = scope.equals(CI) ? "configuration item " + target : "service " + target;
    return requests.raise(new Problems.Report("Incident trend on " + what + ": " + incidents.size()
            + " incidents in " + threshold.windowDays() + " days",
        incidents.size() + " incidents on " + what + " within " + threshold.windowDays() + " days (threshold "
            + threshold.incidents() + ", DMN problem-trend-threshold) that no problem covers yet: "
            + listed(incidents) + ". Is there a common cause?",
        serviceCode, scope.equals(CI) ? List.of(target) : List.of(), incidents, ProblemSource.TREND.id(),
        org.itsmflow.platform.CurrentUser.SYSTEM), scope + ":" + target);
  }
}
