package org.itsmflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.ports.IncidentReports;
import org.itsmflow.ports.ProblemPort;
import org.itsmflow.ports.RequestPort;
import org.itsmflow.record.AttachmentController;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The requester portal: report an issue (after looking for a known workaround), order from the
 * catalogue, follow one's own tickets and act on them. The same checks as the portal API
 * (PortalTickets); a refused form comes back with the reason and what was typed.
 */
@WorkspacePage
@RequestMapping("/portal")
class PortalPages {

  private static final String FIELD_PREFIX = "field.";

  private final PortalTickets tickets;
  private final ServiceCatalogue services;
  private final RequestPort catalogue;
  private final ProblemPort problems;
  private final RequesterProfiles profiles;
  private final CurrentUser currentUser;

  PortalPages(PortalTickets tickets, ServiceCatalogue services, RequestPort catalogue, ProblemPort problems,
      RequesterProfiles profiles, CurrentUser currentUser) {
    this.tickets = tickets;
    this.services = services;
    this.catalogue = catalogue;
    this.problems = problems;
    this.profiles = profiles;
    this.currentUser = currentUser;
  }

  @GetMapping
  String home(Model model, Authentication caller) {
    model.addAttribute("open", tickets.list(Boolean.TRUE));
    model.addAttribute("approvals", tickets.approvals());
    model.addAttribute("staff", org.itsmflow.security.GroupAuthority.isStaff(caller));
    return "portal/home";
  }

  /** The report form; {@code q} searches the published workarounds first ("is this already known?"). */
  @GetMapping("/report")
  String reportForm(@RequestParam(required = false) String q, @RequestParam(required = false) String service,
      Model model) {
    model.addAttribute("services", PortalController.liveServices(services));
    model.addAttribute("q", q);
    model.addAttribute("service", service);
    model.addAttribute("known", q == null || q.isBlank() ? null : PortalController.knownIssues(problems, q, null));
    return "portal/report";
  }

  @PostMapping("/report")
  String report(@RequestParam(required = false) String title, @RequestParam(required = false) String description,
      @RequestParam(required = false) String serviceCode, @RequestParam(required = false) Integer impact,
      @RequestParam(required = false) Integer urgency, @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes redirect) {
    IncidentReports.Report report = new IncidentReports.Report(title, description, serviceCode,
        Fields.range("impact", impact, 1, 3), Fields.range("urgency", urgency, 1, 3), "portal");
    boolean withFile = file != null && !file.isEmpty();
    String number = tickets.report(report, withFile ? PortalController.upload(file) : null);
    redirect.addFlashAttribute("notice", "Thank you. Your issue is recorded as " + number + ".");
    return "redirect:/portal/tickets/" + number;
  }

  @GetMapping("/catalogue")
  String catalogue(Model model) {
    model.addAttribute("items", catalogue.catalogue());
    model.addAttribute("serviceNames", serviceNames());
    return "portal/catalogue";
  }

  @GetMapping("/catalogue/{code}")
  String orderForm(@PathVariable String code, Model model) {
    RequestPort.CatalogueItem item = catalogue.item(code)
        .orElseThrow(() -> new RecordNotFoundException("Catalogue item", code));
    model.addAttribute("item", item);
    model.addAttribute("serviceNames", serviceNames());
    model.addAttribute("manager", profiles.of(currentUser.id()).managerId());
    return "portal/order";
  }

  @PostMapping("/catalogue/{code}")
  String order(@PathVariable String code, HttpServletRequest request, RedirectAttributes redirect) {
    Map<String, String> details = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> {
      if (name.startsWith(FIELD_PREFIX) && values.length > 0 && !values[0].isBlank()) {
        details.put(name.substring(FIELD_PREFIX.length()), values[0]);
      }
    });
    String number = tickets.order(code, details);
    redirect.addFlashAttribute("notice", "Thank you. Your order is recorded as " + number + ".");
    return "redirect:/portal/tickets/" + number;
  }

  @GetMapping("/tickets")
  String list(@RequestParam(defaultValue = "open") String status, Model model) {
    String which = Fields.oneOf("status", status, List.of("open", "closed", "all"));
    model.addAttribute("status", which);
    model.addAttribute("tickets", tickets.list("open".equals(which) ? Boolean.TRUE
        : "closed".equals(which) ? Boolean.FALSE : null));
    return "portal/tickets";
  }

  @GetMapping("/approvals")
  String approvals(Model model) {
    model.addAttribute("tickets", tickets.approvals());
    return "portal/approvals";
  }

  @PostMapping("/tickets/{number}/approval")
  String decide(@PathVariable String number, @RequestParam(required = false) String decision,
      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
    PortalTickets.Decision decided = tickets.decide(number, decision, reason);
    redirect.addFlashAttribute("notice", decided.number() + " is " + ("approve".equals(decision) ? "approved" : "rejected")
        + "; it is now " + decided.statusLabel().toLowerCase(java.util.Locale.ROOT) + ".");
    return "redirect:/portal/approvals";
  }

  @GetMapping("/tickets/{number}")
  String ticket(@PathVariable String number, Model model) {
    model.addAttribute("t", tickets.get(number));
    return "portal/ticket";
  }

  @GetMapping("/tickets/{number}/files/{id}")
  void download(@PathVariable String number, @PathVariable long id, HttpServletResponse response) throws IOException {
    AttachmentController.send(tickets.attachments(), tickets.file(number, id), response);
  }

  @PostMapping("/tickets/{number}/comment")
  String comment(@PathVariable String number, @RequestParam(required = false) String text,
      RedirectAttributes redirect) {
    tickets.comment(number, text);
    return done(number, "Your comment is added.", redirect);
  }

  @PostMapping("/tickets/{number}/attach")
  String attach(@PathVariable String number, @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes redirect) {
    PortalTickets.File attached = tickets.attach(number, PortalController.upload(file));
    return done(number, attached.fileName() + " is attached.", redirect);
  }

  @PostMapping("/tickets/{number}/confirm")
  String confirm(@PathVariable String number, RedirectAttributes redirect) {
    tickets.confirm(number);
    return done(number, "Thank you for confirming. The ticket is closed.", redirect);
  }

  @PostMapping("/tickets/{number}/reopen")
  String reopen(@PathVariable String number, @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    tickets.reopen(number, reason);
    return done(number, "The ticket is open again; we will work on it.", redirect);
  }

  @PostMapping("/tickets/{number}/withdraw")
  String withdraw(@PathVariable String number, @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    tickets.withdraw(number, reason);
    return done(number, "Your request is withdrawn.", redirect);
  }

  @PostMapping("/tickets/{number}/answer")
  String answer(@PathVariable String number, @RequestParam(required = false) String answer,
      RedirectAttributes redirect) {
    tickets.answer(number, answer);
    return done(number, "Thank you; your answer is with the team.", redirect);
  }

  @PostMapping("/tickets/{number}/rate")
  String rate(@PathVariable String number, @RequestParam(required = false) Integer rating,
      @RequestParam(required = false) String comment, RedirectAttributes redirect) {
    tickets.rate(number, rating, comment);
    return done(number, "Thank you for your rating.", redirect);
  }

  private static String done(String number, String notice, RedirectAttributes redirect) {
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/portal/tickets/" + number;
  }

  private Map<String, String> serviceNames() {
    Map<String, String> names = new LinkedHashMap<>();
    services.list(null).forEach(s -> names.put(s.code(), s.name()));
    return names;
  }
}
