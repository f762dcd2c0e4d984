package org.itsmflow.change;

import java.util.Date;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.StringValue;
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
        // Transient: Task_RecordChange writes them to the record in this transaction.
        .putValueTyped(Variables.DESCRIPTION, transientText(rfc.description()))
        .putValue(Variables.CATEGORY, rfc.category())
        .putValueTyped(Variables.TEMPLATE_CODE, transientText(rfc.templateCode()))
        .putValueTyped(Variables.SERVICE_CODE, transientText(rfc.serviceCode()))
        .putValueTyped(Variables.AFFECTED_CIS, ProcessVariables.listValue(rfc.ciIds(), true))
        .putValue(Variables.IMPACT, rfc.impact())
        .putValue(Variables.REQUESTED_BY, rfc.requestedBy())
        .putValue(Variables.IMPLEMENTATION_GROUP, rfc.implementationGroup())
        .putValueTyped(Variables.IMPLEMENTATION_PLAN, transientText(rfc.implementationPlan()))
        .putValueTyped(Variables.BACKOUT_PLAN, transientText(rfc.backoutPlan()))
        .putValue(Variables.BACKOUT_TESTED, rfc.backoutTested())
        .putValue(Variables.PLANNED_START, Date.from(rfc.plannedStart()))
        .putValue(Variables.PLANNED_END, Date.from(rfc.plannedEnd()))
        .putValueTyped(Variables.PROBLEM_NUMBER, transientText(rfc.problemNumber()))
        .putValue(Variables.RELEASE_NUMBER, rfc.releaseNumber());
    return tasks.start(ChangeProcess.KEY, variables);
  }

  private static StringValue transientText(String value) {
    return org.camunda.bpm.engine.variable.Variables.stringValue(value, true);
  }
}
