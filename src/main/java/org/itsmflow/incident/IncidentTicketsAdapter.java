package org.itsmflow.incident;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itsmflow.incident.IncidentActions.CreateRequest;
import org.itsmflow.incident.IncidentActions.ReasonRequest;
import org.itsmflow.platform.ActionNotAllowedException;
import org.itsmflow.ports.IncidentReports;
import org.itsmflow.ports.RequesterTickets;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Incidents as the people who reported them see them, and how they report one. */
@Component
class IncidentTicketsAdapter implements RequesterTickets, IncidentReports {

  private final IncidentRepository repository;
  private final IncidentActions actions;

  IncidentTicketsAdapter(IncidentRepository repository, IncidentActions actions) {
    this.repository = repository;
    this.actions = actions;
  }

  @Override
  public String prefix() {
    return RecordType.INCIDENT.prefix();
  }

  @Override
  @Transactional
  public String report(Report r) {
    return actions.create(new CreateRequest(r.title(), r.description(), r.serviceCode(), null, null, r.impact(),
        r.urgency(), null, r.channel(), false));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Ticket> find(String number) {
    return repository.find(number).map(IncidentTicketsAdapter::ticket);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Ticket> of(Collection<String> requesters, int limit) {
    return repository.reportedBy(requesters, limit).stream().map(IncidentTicketsAdapter::ticket).toList();
  }

  @Override
  @Transactional
  public void confirm(String number) {
    actions.close(number);
  }

  @Override
  @Transactional
  public void reopen(String number, String reason) {
    actions.reopen(number, new ReasonRequest(reason));
  }

  @Override
  public void withdraw(String number, String reason) {
    throw new ActionNotAllowedException(number, repository.find(number).map(i -> i.status().id()).orElse("unknown"),
        "be withdrawn: the service desk resolves an incident; say in a comment that it is no longer needed");
  }

  @Override
  public void answer(String number, String answer) {
    throw new ActionNotAllowedException(number, repository.find(number).map(i -> i.status().id()).orElse("unknown"),
        "take an answer: add a comment instead");
  }

  private static Ticket ticket(Incident i) {
    boolean done = i.status() == IncidentStatus.RESOLVED || i.status() == IncidentStatus.CLOSED;
    return new Ticket(i.number(), "incident", i.title(), i.description(), i.serviceCode(), i.reportedBy(),
        i.status().id(), i.assignmentGroup(), null, null, done ? i.resolution() : null, Map.of(), i.createdAt(),
        i.resolvedAt(), i.closedAt());
  }
}
