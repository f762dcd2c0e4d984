package org.itsmflow.incident;

import java.net.URI;
import java.util.List;
import org.itsmflow.incident.IncidentActions.CreateRequest;
import org.itsmflow.incident.IncidentActions.EditRequest;
import org.itsmflow.incident.IncidentActions.LinkRequest;
import org.itsmflow.incident.IncidentActions.NoteRequest;
import org.itsmflow.incident.IncidentActions.ReasonRequest;
import org.itsmflow.incident.IncidentActions.ReassignRequest;
import org.itsmflow.incident.IncidentActions.ReclassifyRequest;
import org.itsmflow.incident.IncidentActions.ResolveRequest;
import org.itsmflow.platform.Fields;
import org.itsmflow.sla.SlaClocks;
import org.itsmflow.sla.SlaStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The incident API for integrators and monitoring tools; the actions are {@link IncidentActions},
 * the same the workspace's pages take.
 */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

  private final Incidents incidents;
  private final SlaClocks slaClocks;
  private final IncidentActions actions;

  IncidentController(Incidents incidents, SlaClocks slaClocks, IncidentActions actions) {
    this.incidents = incidents;
    this.slaClocks = slaClocks;
    this.actions = actions;
  }

  /** Records the incident and starts its process in one transaction. */
  @PostMapping
  @Transactional
  ResponseEntity<IncidentView> create(@RequestBody CreateRequest body) {
    String number = actions.create(body);
    return ResponseEntity.created(URI.create("/api/incidents/" + number)).body(actions.view(number));
  }

  @GetMapping("/{number}")
  IncidentView get(@PathVariable String number) {
    return actions.view(number);
  }

  @GetMapping("/{number}/sla")
  List<SlaStatus> sla(@PathVariable String number) {
    incidents.get(number);
    return slaClocks.status(number);
  }

  /** Filters: status (open, new, in-progress, on-hold, resolved, closed), priority, service, group, breached. */
  @GetMapping
  List<IncidentView> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) Integer priority, @RequestParam(required = false) String service,
      @RequestParam(required = false) String group, @RequestParam(required = false) Boolean breached,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Fields.Page slice = Fields.page(page, size);
    Boolean open = "open".equalsIgnoreCase(status) ? Boolean.TRUE : null;
    IncidentStatus exact = status == null || open != null ? null : Fields.oneOf("status", status, IncidentStatus.class);
    if (priority != null) {
      Fields.range("priority", priority, 1, 5);
    }
    return incidents.find(new IncidentQuery(open, exact, priority, service, group, breached, slice.offset(), slice.limit()))
        .stream().map(i -> IncidentView.of(i, List.of(), List.of())).toList();
  }

  @PostMapping("/{number}/work-notes")
  @Transactional
  IncidentView addWorkNote(@PathVariable String number, @RequestBody NoteRequest body) {
    actions.addWorkNote(number, body);
    return actions.view(number);
  }

  @PostMapping("/{number}/hold")
  @Transactional
  IncidentView hold(@PathVariable String number, @RequestBody ReasonRequest body) {
    actions.hold(number, body);
    return actions.view(number);
  }

  @PostMapping("/{number}/resume")
  @Transactional
  IncidentView resume(@PathVariable String number) {
    actions.resume(number);
    return actions.view(number);
  }

  @PostMapping("/{number}/escalate")
  @Transactional
  IncidentView escalate(@PathVariable String number, @RequestBody ReasonRequest body) {
    actions.escalate(number, body);
    return actions.view(number);
  }

  @PostMapping("/{number}/resolve")
  @Transactional
  IncidentView resolve(@PathVariable String number, @RequestBody ResolveRequest body) {
    actions.resolve(number, body);
    return actions.view(number);
  }

  @PostMapping("/{number}/reopen")
  @Transactional
  IncidentView reopen(@PathVariable String number, @RequestBody ReasonRequest body) {
    actions.reopen(number, body);
    return actions.view(number);
  }

  @PostMapping("/{number}/close")
  @Transactional
  IncidentView close(@PathVariable String number) {
    actions.close(number);
    return actions.view(number);
  }

  @PostMapping("/{number}/link")
  @Transactional
  IncidentView link(@PathVariable String number, @RequestBody LinkRequest body) {
    actions.link(number, body);
    return actions.view(number);
  }

  /** Corrects title, description, CI and category. */
  @PostMapping("/{number}/details")
  @Transactional
  IncidentView edit(@PathVariable String number, @RequestBody EditRequest body) {
    actions.edit(number, body);
    return actions.view(number);
  }

  /** Moves the open investigation to another group's queue and/or to a person of that group. */
  @PostMapping("/{number}/reassign")
  @Transactional
  IncidentView reassign(@PathVariable String number, @RequestBody ReassignRequest body) {
    actions.reassign(number, body);
    return actions.view(number);
  }

  @PostMapping("/{number}/reclassify")
  @Transactional
  IncidentView reclassify(@PathVariable String number, @RequestBody ReclassifyRequest body) {
    actions.reclassify(number, body);
    return actions.view(number);
  }
}
