package org.itsmflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** service-reporting, Task_ArchiveServiceReport: the report kept as it is sent, with its numbers. */
@Component("archiveServiceReport")
class ArchiveServiceReport implements JavaDelegate {

  private final ServiceReportDelivery delivery;

  ArchiveServiceReport(ServiceReportDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    delivery.archive(ServiceReportingVariables.serviceCode(execution), ServiceReportingVariables.month(execution));
  }
}
