package org.itsmflow.request;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/** service-request, completing Task_ApproveRequest: who approved or rejected, with the reason. */
@Component("recordRequestApproval")
class RecordRequestApproval implements TaskListener {

  private final Requests requests;

  RecordRequestApproval(Requests requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    requests.recordApproval(Variables.number(task), ProcessVariables.text(task, Variables.APPROVAL_DECISION),
        ProcessVariables.text(task, Variables.APPROVAL_REASON));
  }
}
