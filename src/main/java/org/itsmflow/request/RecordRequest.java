package org.itsmflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * service-request, Task_RecordRequest: the record is created here, for POST /api/requests and
 * Tasklist's start form alike, in the same transaction as the instance; request-approval's
 * inputs are set.
 */
@Component("recordRequest")
class RecordRequest implements JavaDelegate {

  private final Requests requests;
  private final RequestVariables variables;

  RecordRequest(Requests requests, RequestVariables variables) {
    this.requests = requests;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = requests.record(new Requests.Submission(ProcessVariables.text(execution, Variables.ITEM_CODE),
        Variables.details(ProcessVariables.text(execution, Variables.DETAILS)),
        ProcessVariables.text(execution, Variables.REQUESTED_BY), ProcessVariables.text(execution, Variables.MANAGER_ID)),
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey(number);
    variables.show(execution, number);
    execution.setVariable(Variables.REQUESTER_ROLE, requests.requesterRole(requests.get(number).requestedBy()));
    // Only the record keeps the submission (the forms read it from there); Tasklist's start form sent it as variables.
    execution.removeVariables(Variables.RECORD_ONLY);
  }
}
