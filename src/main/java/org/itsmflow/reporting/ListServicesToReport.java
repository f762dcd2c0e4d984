package org.itsmflow.reporting;

import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.EngineClock;
import org.springframework.stereotype.Component;

/** service-reporting, Task_ListServicesToReport: last month, and every live service to report on. */
@Component("listServicesToReport")
class ListServicesToReport implements JavaDelegate {

  private final ServiceReportDelivery delivery;

  ListServicesToReport(ServiceReportDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth month = delivery.monthBefore(EngineClock.now());
    List<String> services = delivery.servicesToReport();
    ServiceReportingVariables.start(execution, month, services);
  }
}
