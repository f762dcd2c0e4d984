package org.itsmflow.change;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.change.ChangeProcess.Variables;
import org.itsmflow.platform.ProcessVariables;

/**
 * What the flow and Tasklist's lists read, copied from the record whenever the record changes
 * (number, title, category, impact, requester, implementation group, back-out tested, the planned
 * window, the release); the forms read the rest from the record when they open
 * ({@link #formFields}, through ChangeRecordVariables).
 */
final class ChangeVariables {

  private ChangeVariables() {}

  static void show(VariableScope scope, Change c, List<String> cis) {
    ProcessVariables.keep(scope, Variables.NUMBER, c.number());
    ProcessVariables.keep(scope, Variables.TITLE, c.title());
    ProcessVariables.keep(scope, Variables.CATEGORY, c.category().id());
    ProcessVariables.keep(scope, Variables.IMPACT, c.impact());
    ProcessVariables.keep(scope, Variables.REQUESTED_BY, c.requestedBy());
    ProcessVariables.keep(scope, Variables.IMPLEMENTATION_GROUP, c.implementationGroup());
    ProcessVariables.keep(scope, Variables.BACKOUT_TESTED, c.backoutTested());
    ProcessVariables.keep(scope, Variables.PLANNED_START, c.plannedStart());
    ProcessVariables.keep(scope, Variables.PLANNED_END, c.plannedEnd());
    // Tasklist sorts by this column: the change that starts first comes first.
    ProcessVariables.keep(scope, Variables.SLA_DUE_AT, c.plannedStart());
    ProcessVariables.keep(scope, Variables.RELEASE_NUMBER, c.releaseNumber());
  }

  /** What the change forms show from the record: the request, its CIs and plans, the implementation notes. */
  static Map<String, Object> formFields(Change c, List<String> cis) {
    Map<String, Object> fields = new HashMap<>();
    fields.put(Variables.DESCRIPTION, c.description());
    fields.put(Variables.TEMPLATE_CODE, c.templateCode());
    fields.put(Variables.SERVICE_CODE, c.serviceCode());
    fields.put(Variables.AFFECTED_CIS, ProcessVariables.shown(cis, ", "));
    fields.put(Variables.IMPLEMENTATION_PLAN, c.implementationPlan());
    fields.put(Variables.BACKOUT_PLAN, c.backoutPlan());
    fields.put(Variables.PROBLEM_NUMBER, c.problemNumber());
    fields.put(Variables.NOTES, c.implementationNotes());
    return fields;
  }
}
