package org.itsmflow.demo;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.itsmflow.catalogue.CiRequest;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.catalogue.Service;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.catalogue.ServiceRequest;
import org.itsmflow.change.ChangeTemplates;
import org.itsmflow.request.RequestCatalogue;
import org.itsmflow.request.RequestItem;
import org.itsmflow.sla.BusinessCalendars;
import org.itsmflow.sla.CalendarDefinition.Holiday;
import org.itsmflow.sla.CalendarDefinition.Hours;
import org.itsmflow.sla.CalendarRequest;
import org.itsmflow.sla.ServiceLevels;
import org.itsmflow.sla.SlaRequest;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile "demo" only: three services with their calendars, SLAs and a few CIs, created once
 * (when service EMAIL does not exist yet), so that incidents have something to be about.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class DemoCatalogue implements ApplicationRunner {

  static final List<String> SERVICES = List.of("EMAIL", "HR-PORTAL", "PAYROLL");

  private final BusinessCalendars calendars;
  private final ServiceCatalogue services;
  private final ServiceLevels serviceLevels;
  private final ConfigurationItems cis;
  private final TransactionTemplate transaction;
  private final ChangeTemplates changeTemplates;
  private final RequestCatalogue requestCatalogue;

  public DemoCatalogue(BusinessCalendars calendars, ServiceCatalogue services, ServiceLevels serviceLevels,
      ConfigurationItems cis, TransactionTemplate transaction, ChangeTemplates changeTemplates,
      RequestCatalogue requestCatalogue) {
    this.changeTemplates = changeTemplates;
    this.requestCatalogue = requestCatalogue;
    this.calendars = calendars;
    this.services = services;
    this.serviceLevels = serviceLevels;
    this.cis = cis;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (services.exists("EMAIL")) {
      return;
    }
    transaction.executeWithoutResult(status -> create());
  }

  private void create() {
    List<Hours> berlinDay = List.of(new Hours("08:00", "12:00"), new Hours("13:00", "17:00"));
    calendars.save(new CalendarRequest("Office hours Berlin", "Europe/Berlin",
        weekdays(berlinDay), List.of(yearly("2000-01-01", "New Year"), yearly("2000-05-01", "Labour Day"),
            yearly("2000-10-03", "German Unity Day"), yearly("2000-12-25", "Christmas Day"),
            yearly("2000-12-26", "Boxing Day"))).validated("office-berlin"));
    calendars.save(new CalendarRequest("Office hours New York", "America/New_York",
        weekdays(List.of(new Hours("09:00", "17:00"))), List.of(yearly("2000-01-01", "New Year"),
            yearly("2000-07-04", "Independence Day"), yearly("2000-12-25", "Christmas Day")))
        .validated("office-new-york"));

    services.save(service("EMAIL", "E-mail", "Mail and calendars for all staff", 1, "24x7", List.of()));
    services.save(service("HR-PORTAL", "HR portal", "Leave requests and personnel records", 2,
        "office-berlin", List.of("EMAIL")));
    services.save(service("PAYROLL", "Payroll", "Monthly salary payments", 1, "office-new-york",
        List.of("HR-PORTAL")));

    serviceLevels.save("EMAIL", 1, new SlaRequest(10, 120, null, 75));
    serviceLevels.save("EMAIL", 2, new SlaRequest(30, 240, null, 75));
    serviceLevels.save("EMAIL", 3, new SlaRequest(60, 480, null, 75));
    serviceLevels.save("HR-PORTAL", 2, new SlaRequest(60, 480, null, 75));
    serviceLevels.save("HR-PORTAL", 3, new SlaRequest(120, 960, null, 80));
    serviceLevels.save("PAYROLL", 1, new SlaRequest(15, 240, null, 70));

    String mailHost = cis.create(new CiRequest("server", "mail-host-01", "Mail server, rack B2", "active",
        "support-2nd-level", true, List.of("EMAIL"), List.of())).id();
    cis.create(new CiRequest("application", "Mail transfer agent", null, "active", "support-2nd-level", true,
        List.of("EMAIL"), List.of(new CiRequest.RelationRequest("runs-on", mailHost))));
    String hrDb = cis.create(new CiRequest("database", "hr-db", "HR portal database", "active",
        "support-2nd-level", true, List.of("HR-PORTAL", "PAYROLL"), List.of())).id();
    cis.create(new CiRequest("application", "HR portal web", null, "active", "support-2nd-level", false,
        List.of("HR-PORTAL"), List.of(new CiRequest.RelationRequest("depends-on", hrDb))));

    changeTemplates.save("OS-PATCH", new ChangeTemplates.Request("Monthly OS patches",
        "Apply the vendor's monthly operating system patches to one server", null,
        "Snapshot, patch, reboot, run the service checks", "Revert to the snapshot", true));
    changeTemplates.save("CERT-RENEW", new ChangeTemplates.Request("TLS certificate renewal",
        "Replace a TLS certificate before it expires", null, "Install the new certificate, reload, check the chain",
        "Reinstall the previous certificate", true));

    requestCatalogue.define(new RequestItem("SHARED-MAILBOX", "EMAIL", "Shared mailbox",
        "A mailbox for a team", "support-2nd-level", "Create the mailbox, grant the members, tell the requester",
        List.of(new RequestItem.Field("name", "Mailbox name", true), new RequestItem.Field("members", "Members", true)),
        "never", BigDecimal.ZERO, 4, true));
    requestCatalogue.define(new RequestItem("HR-REPORT", "HR-PORTAL", "Custom HR report",
        "A report built from HR portal data", "support-2nd-level", "Build the report in the reporting tool",
        List.of(new RequestItem.Field("purpose", "Purpose", true)), "policy", new BigDecimal("250"), 4, true));
    requestCatalogue.define(new RequestItem("PAYROLL-ACCESS", "PAYROLL", "Access to payroll",
        "Read access to the payroll system", "support-2nd-level", "Add the user to the payroll readers role",
        List.of(new RequestItem.Field("reason", "Why you need it", true)), "always", BigDecimal.ZERO, 3, true));
  }

  private static Service service(String code, String name, String description,
      int criticality, String calendarId, List<String> dependsOn) {
    return new ServiceRequest(name, description, "service-owners", criticality, "live", calendarId, dependsOn)
        .validated(code);
  }

  private static Map<String, List<Hours>> weekdays(List<Hours> day) {
    return Map.of("MONDAY", day, "TUESDAY", day, "WEDNESDAY", day, "THURSDAY", day, "FRIDAY", day);
  }

  private static Holiday yearly(String date, String name) {
    return new Holiday(LocalDate.parse(date), true, name);
  }
}
