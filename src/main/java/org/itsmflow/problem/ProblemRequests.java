package org.itsmflow.problem;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.StringValue;
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
    // The report goes in transient: Task_RecordProblem writes it to the record in this
    // transaction; the engine never stores it (the forms read the record).
    VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue(Variables.TITLE, r.title())
        .putValueTyped(Variables.DESCRIPTION, transientText(r.description()))
        .putValueTyped(Variables.SERVICE_CODE, transientText(r.serviceCode()))
        .putValueTyped(Variables.AFFECTED_CIS, ProcessVariables.listValue(r.ciIds(), true))
        .putValueTyped(Variables.INCIDENTS, ProcessVariables.listValue(r.incidents(), true))
        .putValueTyped(Variables.SOURCE, transientText(r.source()))
        .putValueTyped(Variables.RAISED_BY, transientText(r.raisedBy()))
        .putValueTyped(Variables.TREND_KEY, transientText(trendKey))
        .putValueTyped(Variables.RELEASE_NUMBER, transientText(releaseNumber));
    return tasks.start(ProblemProcess.KEY, variables);
  }

  private static StringValue transientText(String value) {
    return org.camunda.bpm.engine.variable.Variables.stringValue(value, true);
  }
}
