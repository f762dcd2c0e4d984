package org.itsmflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** service-reporting, completing Task_ReviewServiceReport: the owner's text, as the person who reviewed. */
@Component("recordServiceReportReview")
class RecordServiceReportReview implements TaskListener {

  private final ServiceReportDelivery delivery;

  RecordServiceReportReview(ServiceReportDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void notify(DelegateTask task) {
    delivery.reviewed(ServiceReportingVariables.serviceCode(task), ServiceReportingVariables.month(task),
        ServiceReportingVariables.comment(task));
  }
}
