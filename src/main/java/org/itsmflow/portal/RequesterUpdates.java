package org.itsmflow.portal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.ports.RequesterTickets.Ticket;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.Visibility;
import org.itsmflow.record.WorkLog;
import org.itsmflow.record.WorkLogged;
import org.itsmflow.workspace.ViewerTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the requester by e-mail what happened to their ticket: recorded, a public note from
 * staff, resolved or fulfilled (with links to confirm or reopen), closed (with the link to rate
 * it), and, for the services that want it, an apology for a missed target. Each goes through the
 * notifier in the transaction that changed the ticket: sent after the commit, retried, and sent
 * once however often a job runs; the ticket's work log (its timeline) records it.
 */
@Component
class RequesterUpdates {

  private final PortalTickets tickets;
  private final Notifier notifier;
  private final WorkLog workLog;
  private final IdentityService identity;
  private final EngineAsSystem engine;
  private final ViewerTime time;
  private final RequesterMailProperties properties;
  private final RequesterMailTemplates templates;

  RequesterUpdates(PortalTickets tickets, Notifier notifier, WorkLog workLog, IdentityService identity,
      EngineAsSystem engine, ViewerTime time, RequesterMailProperties properties) {
    this.tickets = tickets;
    this.notifier = notifier;
    this.workLog = workLog;
    this.identity = identity;
    this.engine = engine;
    this.time = time;
    this.properties = properties;
    this.templates = new RequesterMailTemplates(properties.templatesDir());
  }

  /** Which e-mail a work log entry calls for, if any. */
  static String kindOf(WorkLogged entry) {
    if (entry.type() != RecordType.INCIDENT && entry.type() != RecordType.REQUEST) {
      return null;
    }
    return switch (entry.action()) {
      case "recorded", "submitted" -> "recorded";
      case "work-note" -> entry.visibility() == Visibility.PUBLIC ? "note" : null;
      // The approver's decision, the fulfilling group's question or why it cannot be done, as a note from them.
      case "approved", "rejected", "question", "cancelled" -> entry.visibility() == Visibility.PUBLIC ? "note" : null;
      case "resolved", "fulfilled" -> "resolved";
      case "closed" -> "closed";
      case "sla-breached" -> "breached";
      default -> null;
    };
  }

  @EventListener
  void on(WorkLogged entry) {
    String kind = kindOf(entry);
    if (kind == null) {
      return;
    }
    Optional<Ticket> found = tickets.find(entry.number());
    if (found.isEmpty()) {
      return;
    }
    Ticket ticket = found.get();
    // Their own comment is not news to them; a monitoring system that reported an incident reads no mail.
    if ("note".equals(kind) && entry.by().equals(ticket.requester())) {
      return;
    }
    if ("breached".equals(kind) && !properties.breachApologyServices().contains(ticket.serviceCode())) {
      return;
    }
    User requester = engine.call(() -> identity.createUserQuery().userId(ticket.requester()).singleResult());
    if (requester == null) {
      return;
    }
    RequesterMailTemplates.Mail mail = templates.render(kind, values(ticket, requester, entry));
    String key = "requester:" + ticket.number() + ":" + kind + ":" + entry.at().toEpochMilli();
    if (notifier.send(Notification.toUser(key, ticket.requester(), "REQUESTER_" + kind.toUpperCase(Locale.ROOT),
        ticket.number(), mail.subject(), mail.body()))) {
      workLog.add(entry.type(), ticket.number(), "requester-mailed", "E-mail to " + ticket.requester() + ": "
          + mail.subject());
    }
  }

  private Map<String, String> values(Ticket ticket, User requester, WorkLogged entry) {
    PortalTickets.View view = tickets.asRequester(ticket);
    String link = properties.baseUrl() + "/portal/tickets/" + ticket.number();
    Map<String, String> values = new HashMap<>();
    values.put("number", ticket.number());
    values.put("title", ticket.title());
    values.put("kind", "incident".equals(ticket.kind()) ? "issue" : "request");
    values.put("name", requester.getFirstName() == null || requester.getFirstName().isBlank() ? requester.getId()
        : requester.getFirstName());
    values.put("status", view.statusLabel());
    values.put("nextStep", view.nextStep());
    values.put("link", link);
    values.put("confirmLink", link + "#confirm-h");
    values.put("reopenLink", link + "#confirm-h");
    values.put("rateLink", link + "#rate-h");
    values.put("resolution", ticket.resolution() == null ? "" : ticket.resolution());
    String text = entry.text() == null ? "" : entry.text();
    values.put("note", switch (entry.action()) {
      case "approved" -> "Approved: " + text;
      case "rejected" -> "Not approved: " + text;
      case "question" -> "We need your answer: " + text;
      case "cancelled" -> "It cannot be done: " + text;
      default -> text;
    });
    values.put("noteBy", entry.by());
    values.put("target", entry.text() != null && entry.text().contains("response") ? "response" : "resolution");
    StringBuilder targets = new StringBuilder();
    view.targets().stream().filter(t -> "running".equals(t.state()))
        .forEach(t -> targets.append("Our ").append(t.name()).append(" target: ").append(time.format(t.dueAt()))
            .append('\n'));
    values.put("targets", targets.toString());
    return values;
  }
}
