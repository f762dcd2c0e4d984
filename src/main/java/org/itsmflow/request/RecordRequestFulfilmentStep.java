package org.itsmflow.request;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/** service-request, completing Task_FulfilRequest: the outcome must be one the flow knows, with its text. */
@Component("recordRequestFulfilmentStep")
class RecordRequestFulfilmentStep implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String outcome = ProcessVariables.text(task, Variables.FULFILMENT_OUTCOME);
    if (!List.of(Variables.FULFILLED, Variables.NEED_INFO, Variables.CANNOT_FULFIL).contains(outcome)) {
      throw new InvalidFieldException(Variables.FULFILMENT_OUTCOME, "fulfilled, need-info or cannot-fulfil");
    }
    if (outcome.equals(Variables.NEED_INFO)) {
      Fields.text(Variables.QUESTION, ProcessVariables.text(task, Variables.QUESTION), 4000);
    } else {
      Fields.text(Variables.FULFILMENT_NOTES, ProcessVariables.text(task, Variables.FULFILMENT_NOTES), 4000);
    }
  }
}
