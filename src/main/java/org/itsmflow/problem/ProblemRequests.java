package org.itsmflow.problem;

import org.camunda.bpm.engine.variable.VariableMap;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.itsmflow.record.RecordProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Starts problem-management for a report: the API, trend detection, major incident reviews and releases. */
@Component
public class ProblemRequests {

  private final Problems problems;
  private final RecordProcess tasks;

  ProblemRequests(Problems problems, RecordProcess tasks) {
    this.problems = problems;
    this.tasks = tasks;
  }

  /** Validates the report (400, 404, 409) and starts its process in the caller's transaction; returns the number. */
  @Transactional
  String raise(Problems.Report report, String trendKey) {
    return raise(report, trendKey, null);
  }

  /** A problem raised by a release's early life support, which names the release. */
  @Transactional
  public String raiseForRelease(Problems.Report report, String releaseNumber) {
    return raise(report, null, releaseNumber);
  }

  private String raise(Problems.Report report, String trendKey, String releaseNumber) {
    Problems.Report r = problems.validate(report);
    VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue(Variables.TITLE, r.title())
        .putValue(Variables.DESCRIPTION, r.description())
        .putValue(Variables.SERVICE_CODE, r.serviceCode())
        .putValue(Variables.AFFECTED_CIS, ProcessVariables.listValue(r.ciIds()))
        .putValue(Variables.INCIDENTS, ProcessVariables.listValue(r.incidents()))
        .putValue(Variables.SOURCE, r.source())
        .putValue(Variables.RAISED_BY, r.raisedBy())
        .putValue(Variables.TREND_KEY, trendKey)
        .putValue(Variables.RELEASE_NUMBER, releaseNumber);
    return tasks.start(ProblemProcess.KEY, variables);
  }
}
