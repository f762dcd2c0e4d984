package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.itsmflow.platform.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * incident-management, Task_RecordIncident: the record is created here, for POST /api/incidents
 * and for Tasklist's start form alike (same validation, same numbers), in the same transaction
 * as the process instance. The number becomes the business key. The report's fields that no
 * gateway, decision or assignment reads stay in the record only.
 */
@Component("recordIncident")
class RecordIncident implements JavaDelegate {

  private final Incidents incidents;

  RecordIncident(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Incidents.Report report = new Incidents.Report(
        text(execution, IncidentProcess.Variables.TITLE),
        text(execution, IncidentProcess.Variables.DESCRIPTION),
        text(execution, IncidentProcess.Variables.SERVICE_CODE),
        text(execution, IncidentProcess.Variables.CI_ID),
        text(execution, IncidentProcess.Variables.CATEGORY),
        IncidentProcess.Variables.integer(execution, IncidentProcess.Variables.IMPACT),
        IncidentProcess.Variables.integer(execution, IncidentProcess.Variables.URGENCY),
        text(execution, IncidentProcess.Variables.REPORTED_BY),
        text(execution, IncidentProcess.Variables.CHANNEL));
    String number = incidents.record(report, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(number);
    execution.setVariable(IncidentProcess.Variables.NUMBER, number);
    boolean declaredMajor = IncidentProcess.Variables.flag(execution, IncidentProcess.Variables.DECLARED_MAJOR);
    // Only the record keeps these (the forms read them from it); Tasklist's start form sent them as variables.
    execution.removeVariables(IncidentProcess.Variables.RECORD_ONLY);
    // The decisions, next in this transaction (impact and urgency again when reclassified), read
    // these as typed values, whichever form or API set them; the flow keeps none of them.
    ProcessVariables.input(execution, IncidentProcess.Variables.SERVICE_CODE, report.serviceCode(),
        Variables::stringValue);
    ProcessVariables.input(execution, IncidentProcess.Variables.IMPACT, report.impact(), Variables::integerValue);
    ProcessVariables.input(execution, IncidentProcess.Variables.URGENCY, report.urgency(), Variables::integerValue);
    ProcessVariables.input(execution, IncidentProcess.Variables.CATEGORY,
        report.category() == null ? null : report.category().trim(), Variables::stringValue);
    ProcessVariables.input(execution, IncidentProcess.Variables.DECLARED_MAJOR, declaredMajor, Variables::booleanValue);
  }

  private static String text(DelegateExecution execution, String name) {
    return IncidentProcess.Variables.text(execution, name);
  }
}
