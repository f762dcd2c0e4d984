package org.itsmflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** service-reporting, creating Task_ReviewServiceReport: Tasklist lists it with its service and month. */
@Component("showServiceReportReview")
class ShowServiceReportReview implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ServiceReportingVariables.showInTasklist(task);
  }
}
