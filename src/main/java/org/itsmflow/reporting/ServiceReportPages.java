package org.itsmflow.reporting;

import java.time.YearMonth;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.security.GroupAuthority;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A service's monthly reports in the workspace: the month's report as of now (PDF), the owner's
 * text for it, who receives the report by e-mail, and the archive of the reports process
 * service-reporting sent, each as it went out. Service owners and administrators change the text
 * and the recipients (the API's checks); all staff read.
 */
@WorkspacePage
class ServiceReportPages {

  private final ServiceReportDelivery delivery;
  private final ServiceReport serviceReport;
  private final ServiceCatalogue services;

  ServiceReportPages(ServiceReportDelivery delivery, ServiceReport serviceReport, ServiceCatalogue services) {
    this.delivery = delivery;
    this.serviceReport = serviceReport;
    this.services = services;
  }

  /** {@code month} as 2026-11; last month (the one the next report covers) by default. */
  @GetMapping("/reports/services/{service}")
  @Transactional(readOnly = true)
  String service(@PathVariable String service, @RequestParam(required = false) String month,
      Authentication caller, Model model) {
    if (!services.exists(service)) {
      throw new RecordNotFoundException("Service", service);
    }
    YearMonth shown = month == null || month.isBlank() ? delivery.monthBefore(EngineClock.now())
        : ServiceReport.month(month);
    model.addAttribute("service", services.get(service));
    model.addAttribute("month", shown);
    model.addAttribute("monthName", ServiceReport.monthName(shown));
    model.addAttribute("comment", serviceReport.comment(service, shown));
    java.util.List<String> recipients = delivery.recipients(service).recipients();
    model.addAttribute("recipients", recipients);
    model.addAttribute("recipientsText", String.join("\n", recipients));
    model.addAttribute("archive", delivery.archive(service));
    model.addAttribute("mayEdit", GroupAuthority.isAdminOr(caller, RoleGroup.SERVICE_OWNERS));
    return "reports/service";
  }

  @PostMapping("/reports/services/{service}/recipients")
  String recipients(@PathVariable String service, @RequestParam(required = false) String recipients,
      RedirectAttributes redirect) {
    int saved = delivery.recipients(service, ServiceReportDelivery.split(recipients)).recipients().size();
    redirect.addFlashAttribute("notice", saved == 0 ? "The report now goes to nobody by e-mail."
        : "The report now goes to " + saved + (saved == 1 ? " address." : " addresses."));
    return "redirect:/reports/services/" + service;
  }

  @PostMapping("/reports/services/{service}/{month}/comment")
  String comment(@PathVariable String service, @PathVariable String month, @RequestParam(required = false) String text,
      RedirectAttributes redirect) {
    YearMonth m = ServiceReport.month(month);
    serviceReport.comment(service, m, text);
    redirect.addFlashAttribute("notice", "Saved your comment for " + ServiceReport.monthName(m) + ".");
    return "redirect:/reports/services/" + service + "?month=" + m;
  }

  /** A month's report exactly as archived and sent. */
  @GetMapping("/reports/services/{service}/archive/{month}/pdf")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> archivedPdf(@PathVariable String service, @PathVariable String month) {
    YearMonth m = ServiceReport.month(month);
    return ServiceReport.download(service, m, delivery.archivedPdf(service, m));
  }
}
