package org.itsmflow.change;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.catalogue.ServiceStatus;
import org.itsmflow.change.ChangeController.ScheduleRequest;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.record.RecordProcess;
import org.itsmflow.workspace.ListParams;
import org.itsmflow.workspace.ViewerTime;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Raising an RFC in the workspace (a standard change from a template, a normal or an emergency
 * change) and rescheduling one, through the same checks as the change API; times are typed in the
 * viewer's zone.
 */
@WorkspacePage
class ChangePages {

  private final ChangeRequests requests;
  private final ChangeTemplates templates;
  private final ServiceCatalogue services;
  private final ConfigurationItems cis;
  private final RecordProcess tasks;
  private final ViewerTime time;

  ChangePages(ChangeRequests requests, ChangeTemplates templates, ServiceCatalogue services, ConfigurationItems cis,
      RecordProcess tasks, ViewerTime time) {
    this.requests = requests;
    this.templates = templates;
    this.services = services;
    this.cis = cis;
    this.tasks = tasks;
    this.time = time;
  }

  @GetMapping("/changes/new")
  String newChange(Model model) {
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", Map.of());
    }
    model.addAttribute("templates", templates.list(true));
    model.addAttribute("services", services.list(ServiceStatus.LIVE));
    model.addAttribute("cis", cis.list(null, null, null));
    return "changes/new";
  }

  @PostMapping("/changes")
  @Transactional
  String create(@RequestParam Map<String, String> form, @RequestParam(name = "ciIds", required = false) List<String> ciIds,
      RedirectAttributes redirect) {
    String number = requests.submit(new Changes.Rfc(form.get("title"), ListParams.text(form.get("description")),
        form.get("category"), ListParams.text(form.get("templateCode")), ListParams.text(form.get("serviceCode")),
        ciIds == null ? List.of() : ciIds, ListParams.wholeNumber("impact", form.get("impact"), 1, 3), null, null,
        ListParams.text(form.get("implementationPlan")), ListParams.text(form.get("backoutPlan")),
        "on".equals(form.get("backoutTested")), localTime("plannedStart", form.get("plannedStart")),
        localTime("plannedEnd", form.get("plannedEnd")), null, null));
    redirect.addFlashAttribute("notice", number + " is recorded. Its steps follow from here and in Tasklist.");
    return "redirect:/records/" + number;
  }

  @PostMapping("/changes/{number}/reschedule")
  @Transactional
  String reschedule(@PathVariable String number, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
    Instant start = localTime("plannedStart", form.get("plannedStart"));
    Instant end = localTime("plannedEnd", form.get("plannedEnd"));
    ChangeController.reschedule(tasks, number, new ScheduleRequest(start == null ? null : start.toString(),
        end == null ? null : end.toString()));
    redirect.addFlashAttribute("notice", "Rescheduled; the calendar shows the new window.");
    return "redirect:/records/" + number;
  }

  /** A time typed in a date-time field, in the viewer's zone; 400 naming the field otherwise. */
  private Instant localTime(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.trim()).atZone(time.zone()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(field, "a date and time like 2026-12-31T22:00");
    }
  }
}
