package org.itsmflow.reporting;

import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.catalogue.Service;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.springframework.stereotype.Component;

/**
 * service-reporting, Task_PrepareServiceReport: the service's report for the month goes to its
 * owner group for review, with the owner's text so far; a month an earlier run archived is left as it was.
 */
@Component("prepareServiceReport")
class PrepareServiceReport implements JavaDelegate {

  private final ServiceReportDelivery delivery;
  private final ServiceCatalogue services;

  PrepareServiceReport(ServiceReportDelivery delivery, ServiceCatalogue services) {
    this.delivery = delivery;
    this.services = services;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = ServiceReportingVariables.serviceCode(execution);
    YearMonth month = ServiceReportingVariables.month(execution);
    // A second run for a month (started by hand) leaves what went out as it was.
    boolean archivedBefore = delivery.isArchived(code, month);
    String comment = delivery.prepare(code, month);
    Service service = services.get(code);
    ServiceReportingVariables.forReview(execution, service.name(), service.ownerGroup(), comment, archivedBefore);
  }
}
