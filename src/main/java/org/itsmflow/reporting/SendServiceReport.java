package org.itsmflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** service-reporting, Task_SendServiceReport: the archived PDF to the service's report recipients. */
@Component("sendServiceReport")
class SendServiceReport implements JavaDelegate {

  private final ServiceReportDelivery delivery;

  SendServiceReport(ServiceReportDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    delivery.send(ServiceReportingVariables.serviceCode(execution), ServiceReportingVariables.month(execution));
  }
}
