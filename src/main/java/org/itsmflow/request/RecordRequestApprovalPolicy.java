package org.itsmflow.request;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/** service-request, Task_RecordApprovalPolicy: request-approval's answer and who approves. */
@Component("recordRequestApprovalPolicy")
class RecordRequestApprovalPolicy implements JavaDelegate {

  private final Requests requests;

  RecordRequestApprovalPolicy(Requests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> policy = (Map<String, Object>) execution.getVariable(Variables.APPROVAL_POLICY);
    boolean required = Boolean.TRUE.equals(policy.get("approvalRequired"));
    Requests.Approvers approvers = requests.approvalPolicy(Variables.number(execution), required,
        (String) policy.get("approver"));
    execution.setVariable(Variables.APPROVAL_REQUIRED, required);
    execution.setVariable(Variables.APPROVER_USER, approvers.user());
    execution.setVariable(Variables.APPROVER_GROUP, approvers.group());
    execution.removeVariable(Variables.APPROVAL_POLICY);
  }
}
