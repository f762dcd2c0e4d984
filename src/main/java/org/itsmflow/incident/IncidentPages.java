package org.itsmflow.incident;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.itsmflow.catalogue.ConfigurationItem;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.catalogue.ServiceStatus;
import org.itsmflow.incident.IncidentActions.CreateRequest;
import org.itsmflow.incident.IncidentActions.EditRequest;
import org.itsmflow.incident.IncidentActions.LinkRequest;
import org.itsmflow.incident.IncidentActions.NoteRequest;
import org.itsmflow.incident.IncidentActions.ReasonRequest;
import org.itsmflow.incident.IncidentActions.ReassignRequest;
import org.itsmflow.incident.IncidentActions.ReclassifyRequest;
import org.itsmflow.incident.IncidentActions.ResolveRequest;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.ports.ProblemPort;
import org.itsmflow.record.Attachments;
import org.itsmflow.record.OpenWork;
import org.itsmflow.record.RecordLinks;
import org.itsmflow.record.Timeline;
import org.itsmflow.security.EngineUser;
import org.itsmflow.workspace.ListParams;
import org.itsmflow.workspace.ViewerTime;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workspace's incident pages: the list with its filters and search, a new incident whose
 * number is shown at once, and the record page with its SLA, timeline, links and actions. Every
 * action is an {@link IncidentActions} action, with the API's checks.
 */
@WorkspacePage
@RequestMapping("/incidents")
class IncidentPages {

  static final int PAGE_SIZE = 25;
  static final List<String> CHANNELS = List.of("phone", "email", "portal", "walk-in", "chat", "monitoring");
  static final List<String> CATEGORIES = List.of("hardware", "software", "network", "access", "security", "other");

  private final Incidents incidents;
  private final IncidentActions actions;
  private final Timeline timeline;
  private final Attachments attachments;
  private final RecordLinks links;
  private final ProblemPort problems;
  private final ServiceCatalogue services;
  private final ConfigurationItems cis;
  private final OpenWork openWork;
  private final EngineAsSystem engine;
  private final ViewerTime time;
  private final IdentityService identityService;

  IncidentPages(Incidents incidents, IncidentActions actions, Timeline timeline, Attachments attachments, RecordLinks links,
      ProblemPort problems, ServiceCatalogue services, ConfigurationItems cis, OpenWork openWork,
      EngineAsSystem engine, ViewerTime time, IdentityService identityService) {
    this.identityService = identityService;
    this.problems = problems;
    this.links = links;
    this.attachments = attachments;
    this.incidents = incidents;
    this.actions = actions;
    this.timeline = timeline;
    this.services = services;
    this.cis = cis;
    this.openWork = openWork;
    this.engine = engine;
    this.time = time;
  }

  /** One row of the list: the incident and who holds its open task. */
  record Row(Incident incident, String assignee) {}

  @GetMapping
  String list(@AuthenticationPrincipal EngineUser viewer, @RequestParam Map<String, String> params, Model model) {
    String view = params.getOrDefault("view", "open");
    String status = ListParams.text(params.get("status"));
    Boolean open = status == null ? Boolean.TRUE : "all".equals(status) ? null : "open".equals(status) ? Boolean.TRUE
        : "ended".equals(status) ? Boolean.FALSE : null;
    IncidentStatus exact = status == null || List.of("all", "open", "ended").contains(status) ? null
        : Fields.oneOf("status", status, IncidentStatus.class);
    Integer priority = ListParams.wholeNumber("priority", params.get("priority"), 1, 5);
    ZoneId zone = time.zone();
    LocalDate from = ListParams.date("from", params.get("from"));
    LocalDate to = ListParams.date("to", params.get("to"));
    IncidentSearch.Order order = params.get("sort") == null || params.get("sort").isBlank() ? IncidentSearch.Order.NEWEST
        : Fields.oneOf("sort", params.get("sort"), IncidentSearch.Order.class);
    int page = ListParams.page(params);
    IncidentSearch search = new IncidentSearch(open, exact, priority, ListParams.text(params.get("service")),
        ListParams.text(params.get("group")), "my-groups".equals(view) ? viewer.groupIds() : null,
        "mine".equals(view) ? viewer.id() : null, "true".equals(params.get("breached")) ? Boolean.TRUE : null,
        ListParams.text(params.get("q")), from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), order, page * PAGE_SIZE, PAGE_SIZE);
    IncidentSearch.Page found = incidents.search(search);
    model.addAttribute("rows", rows(found.incidents()));
    model.addAttribute("total", found.total());
    model.addAttribute("page", page);
    model.addAttribute("pageSize", PAGE_SIZE);
    model.addAttribute("first", found.total() == 0 ? 0 : page * PAGE_SIZE + 1);
    model.addAttribute("last", page * PAGE_SIZE + found.incidents().size());
    model.addAttribute("hasNext", (long) (page + 1) * PAGE_SIZE < found.total());
    model.addAttribute("view", view);
    model.addAttribute("pageLink", ListParams.pageLink("/incidents", params));
    model.addAttribute("params", params);
    model.addAttribute("statuses", IncidentStatus.values());
    model.addAttribute("services", services.list(null));
    model.addAttribute("orders", IncidentSearch.Order.values());
    return "incidents/list";
  }

  @GetMapping("/new")
  String newIncident(Model model) {
    formChoices(model);
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", Map.of());
    }
    return "incidents/new";
  }

  @PostMapping
  String create(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
    String number = actions.create(new CreateRequest(form.get("title"), ListParams.text(form.get("description")),
        ListParams.text(form.get("serviceCode")), ListParams.text(form.get("ciId")),
        ListParams.text(form.get("category")), ListParams.wholeNumber("impact", form.get("impact"), 1, 3),
        ListParams.wholeNumber("urgency", form.get("urgency"), 1, 3), ListParams.text(form.get("reportedBy")),
        ListParams.text(form.get("channel")), "on".equals(form.get("declaredMajor"))));
    redirect.addFlashAttribute("created", number);
    return "redirect:/incidents/" + number;
  }

  @GetMapping("/{number}")
  String show(@PathVariable String number, @RequestParam Map<String, String> params, Model model) {
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", Map.of());
    }
    IncidentView incident = actions.view(number);
    model.addAttribute("incident", incident);
    model.addAttribute("holders", openWork.of(incident.processInstanceId()));
    model.addAttribute("timeline", timeline.of(incident.processInstanceId(), incident.workLog()));
    model.addAttribute("attachments", attachments.of(number));
    model.addAttribute("links", links.of(number));
    knownErrorSearch(incident, params, model);
    // The CIs of its service (and its own) to choose from: the whole CMDB is too much for every page view.
    List<ConfigurationItem> choices = new ArrayList<>(cis.list(null, null, incident.serviceCode()));
    if (incident.ciId() != null && choices.stream().noneMatch(ci -> ci.id().equals(incident.ciId()))) {
      choices.add(0, cis.get(incident.ciId()));
    }
    model.addAttribute("cis", choices);
    model.addAttribute("categories", CATEGORIES);
    model.addAttribute("groups", engine.call(() -> identityService.createGroupQuery().orderByGroupName().asc().list()));
    String queue = incident.assignmentGroup();
    model.addAttribute("queueMembers", queue == null ? List.of()
        : engine.call(() -> identityService.createUserQuery().memberOfGroup(queue).orderByUserLastName().asc().list()));
    model.addAttribute("now", EngineClock.now());
    model.addAttribute("open", IncidentStatus.valueOf(incident.status().toUpperCase().replace('-', '_')).isOpen());
    return "incidents/view";
  }

  @PostMapping("/{number}/work-note")
  String note(@PathVariable String number, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
    actions.addWorkNote(number, new NoteRequest(form.get("text"), form.getOrDefault("visibility", "internal")));
    return done(number, "Work note added.", redirect);
  }

  @PostMapping("/{number}/hold")
  String hold(@PathVariable String number, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
    actions.hold(number, new ReasonRequest(form.get("reason")));
    return done(number, "On hold: the SLA clock is paused until you resume.", redirect);
  }

  @PostMapping("/{number}/resume")
  String resume(@PathVariable String number, RedirectAttributes redirect) {
    actions.resume(number);
    return done(number, "Work resumed; the SLA clock runs again.", redirect);
  }

  @PostMapping("/{number}/escalate")
  String escalate(@PathVariable String number, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
    actions.escalate(number, new ReasonRequest(form.get("reason")));
    return done(number, "Escalated. You can still follow the incident here.", redirect);
  }

  @PostMapping("/{number}/resolve")
  String resolve(@PathVariable String number, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
    actions.resolve(number, new ResolveRequest(form.get("resolutionCode"), form.get("resolution")));
    return done(number, "Resolved. Close it when the caller confirms, or reopen it.", redirect);
  }

  @PostMapping("/{number}/close")
  String close(@PathVariable String number, RedirectAttributes redirect) {
    actions.close(number);
    return done(number, "Closed on the caller's confirmation.", redirect);
  }

  @PostMapping("/{number}/reopen")
  String reopen(@PathVariable String number, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
    actions.reopen(number, new ReasonRequest(form.get("reason")));
    return done(number, "Reopened.", redirect);
  }

  @PostMapping("/{number}/link")
  String link(@PathVariable String number, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
    actions.link(number, new LinkRequest(form.get("parent")));
    return done(number, "Linked: it will be resolved with its parent.", redirect);
  }

  @PostMapping("/{number}/known-error")
  String applyKnownError(@PathVariable String number, @RequestParam Map<String, String> form,
      RedirectAttributes redirect) {
    actions.applyKnownError(number, form.get("knownError"));
    return done(number, "Linked to " + form.get("knownError") + "'s problem; the workaround is in the work log, "
        + "visible to the caller.", redirect);
  }

  @PostMapping("/{number}/details")
  String edit(@PathVariable String number, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
    actions.edit(number, new EditRequest(form.get("title"), form.get("description"), ListParams.text(form.get("ciId")),
        ListParams.text(form.get("category"))));
    return done(number, "Details saved; the work log shows what changed.", redirect);
  }

  @PostMapping("/{number}/reassign")
  String reassign(@PathVariable String number, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
    actions.reassign(number, new ReassignRequest(ListParams.text(form.get("group")),
        ListParams.text(form.get("assignee")), ListParams.text(form.get("reason"))));
    return done(number, "Reassigned.", redirect);
  }

  @PostMapping("/{number}/reclassify")
  String reclassify(@PathVariable String number, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
    actions.reclassify(number, new ReclassifyRequest(ListParams.wholeNumber("impact", form.get("impact"), 1, 3),
        ListParams.wholeNumber("urgency", form.get("urgency"), 1, 3)));
    return done(number, "Reclassified: priority and SLA targets follow.", redirect);
  }


  /**
   * The known-error search of the record page: text, and this incident's service or CI or the
   * whole database; without a search, the known errors of its service and CI as they are now.
   */
  private void knownErrorSearch(IncidentView incident, Map<String, String> params, Model model) {
    String text = ListParams.text(params.get("ke"));
    String scope = params.getOrDefault("keScope", "service");
    if (text == null && !params.containsKey("keScope")) {
      model.addAttribute("knownErrors", incident.knownErrors());
      model.addAttribute("keSearched", false);
      return;
    }
    String scopeChecked = Fields.oneOf("keScope", scope, List.of("service", "ci", "all"));
    model.addAttribute("knownErrors", problems.searchKnownErrors(text,
        "ci".equals(scopeChecked) ? incident.ciId() : null,
        "service".equals(scopeChecked) ? incident.serviceCode() : null, 20));
    model.addAttribute("keSearched", true);
  }

  private static String done(String number, String notice, RedirectAttributes redirect) {
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/incidents/" + number;
  }

  private void formChoices(Model model) {
    model.addAttribute("services", services.list(ServiceStatus.LIVE));
    model.addAttribute("cis", cis.list(null, null, null));
    model.addAttribute("channels", CHANNELS);
    model.addAttribute("categories", CATEGORIES);
  }

  private List<Row> rows(List<Incident> page) {
    Map<String, String> assignees = openWork.assignees(page.stream().map(Incident::processInstanceId).toList());
    return page.stream().map(i -> new Row(i, assignees.get(i.processInstanceId()))).toList();
  }



}
