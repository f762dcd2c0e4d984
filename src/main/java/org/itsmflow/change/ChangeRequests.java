package org.itsmflow.change;

import java.util.Date;
import org.camunda.bpm.engine.variable.VariableMap;
import org.itsmflow.change.ChangeProcess.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.record.RecordProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts change-management for an RFC: for the change API and for the processes that need a
 * change (a problem's permanent fix, a release). The record and the instance are created in the
 * caller's transaction.
 */
@Component
public class ChangeRequests {

  private final Changes changes;
  private final RecordProcess tasks;

  ChangeRequests(Changes changes, RecordProcess tasks) {
    this.changes = changes;
    this.tasks = tasks;
  }

  /** Validates the RFC (400 naming the field, 404) and starts its process; returns the change number. */
  @Transactional
  public String submit(Changes.Rfc request) {
    Changes.Rfc rfc = changes.validate(request);
    VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue(Variables.TITLE, rfc.title())
        .putValue(Variables.DESCRIPTION, rfc.description())
        .putValue(Variables.CATEGORY, rfc.category())
        .putValue(Variables.TEMPLATE_CODE, rfc.templateCode())
        .putValue(Variables.SERVICE_CODE, rfc.serviceCode())
        .putValue(Variables.AFFECTED_CIS, ProcessVariables.listValue(rfc.ciIds()))
        .putValue(Variables.IMPACT, rfc.impact())
        .putValue(Variables.REQUESTED_BY, rfc.requestedBy())
        .putValue(Variables.IMPLEMENTATION_GROUP, rfc.implementationGroup())
        .putValue(Variables.IMPLEMENTATION_PLAN, rfc.implementationPlan())
        .putValue(Variables.BACKOUT_PLAN, rfc.backoutPlan())
        .putValue(Variables.BACKOUT_TESTED, rfc.backoutTested())
        .putValue(Variables.PLANNED_START, Date.from(rfc.plannedStart()))
        .putValue(Variables.PLANNED_END, Date.from(rfc.plannedEnd()))
        .putValue(Variables.PROBLEM_NUMBER, rfc.problemNumber())
        .putValue(Variables.RELEASE_NUMBER, rfc.releaseNumber());
    return tasks.start(ChangeProcess.KEY, variables);
  }
}
