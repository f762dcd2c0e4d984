package org.itsmflow.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.ports.IncidentPort;
import org.itsmflow.ports.IncidentPort.IncidentFacts;
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

  private final IncidentPort incidents;
  private final ServiceCatalogue services;
  private final DecisionService decisions;
  private final ProblemRepository repository;
  private final ProblemRequests requests;

  ProblemTrends(IncidentPort incidents, ServiceCatalogue services, DecisionService decisions,
      ProblemRepository repository, ProblemRequests requests) {
    this.incidents = incidents;
    this.services = services;
    this.decisions = decisions;
    this.repository = repository;
    this.requests = requests;
  }

  record Threshold(int incidents, int windowDays) {}

  /** Raises a problem candidate for each new trend; returns their numbers. */
  @Transactional
  List<String> raiseCandidates() {
    List<String> raised = new ArrayList<>();
    Map<String, Integer> criticality = new HashMap<>();
    // Incidents do not change during a run, the problems covering them do: loaded once per window.
    Map<Instant, List<IncidentFacts>> reported = new HashMap<>();
    for (String scope : List.of(CI, SERVICE)) {
      for (int level = 1; level <= 3; level++) {
        Threshold threshold = threshold(scope, level);
        Instant since = EngineClock.now().minus(Duration.ofDays(threshold.windowDays()));
        int wanted = level;
        // Per target (a CI or a service) of this criticality, in order: the uncovered incidents since then.
        Map<String, List<IncidentFacts>> trends = uncovered(reported, since).stream()
            .filter(i -> target(scope, i) != null && criticality.computeIfAbsent(i.serviceCode(),
                code -> services.get(code).criticality()) == wanted)
            .collect(Collectors.groupingBy(i -> target(scope, i), TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<IncidentFacts>> trend : trends.entrySet()) {
          String target = trend.getKey();
          if (trend.getValue().size() < threshold.incidents() || coveredByOpenProblem(scope, target)) {
            continue;
          }
          String serviceCode = trend.getValue().stream().map(IncidentFacts::serviceCode).min(String::compareTo)
              .orElseThrow();
          raised.add(raise(scope, target, serviceCode, uncovered(reported, since), threshold));
        }
      }
    }
    return raised;
  }

  private boolean coveredByOpenProblem(String scope, String target) {
    return scope.equals(CI) ? repository.openProblemOnCi(target) : repository.openProblemWithTrend(scope + ":" + target);
  }

  /** The incidents reported since then that no problem covers yet, by number. */
  private List<IncidentFacts> uncovered(Map<Instant, List<IncidentFacts>> reported, Instant since) {
    List<IncidentFacts> all = reported.computeIfAbsent(since, incidents::reportedSince);
    Set<String> covered = repository.covered(all.stream().map(IncidentFacts::number).toList());
    return all.stream().filter(i -> !covered.contains(i.number())).toList();
  }

  private static String target(String scope, IncidentFacts incident) {
    return scope.equals(CI) ? incident.ciId() : incident.serviceCode();
  }

  Threshold threshold(String scope, int criticality) {
    Map<String, Object> result = decisions.evaluateDecisionTableByKey(ProblemProcess.Decisions.TREND_THRESHOLD,
        Variables.createVariables().putValue("scope", scope).putValue("serviceCriticality", criticality))
        .getSingleResult().getEntryMap();
    return new Threshold(((Number) result.get("threshold")).intValue(), ((Number) result.get("windowDays")).intValue());
  }

  /** The first incidents by number; all of them are linked to the problem anyway. */
  private static String listed(List<String> incidents) {
    int shown = Math.min(incidents.size(), MAX_LISTED);
    return String.join(", ", incidents.subList(0, shown))
        + (incidents.size() > shown ? " and " + (incidents.size() - shown) + " more" : "");
  }

  /** @param uncovered the incidents of the window no problem covers yet, as of now */
  private String raise(String scope, String target, String serviceCode, List<IncidentFacts> uncovered,
      Threshold threshold) {
    List<String> incidents = uncovered.stream().filter(i -> target.equals(target(scope, i)))
        .map(IncidentFacts::number).toList();
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
