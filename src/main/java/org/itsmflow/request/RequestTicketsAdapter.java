package org.itsmflow.request;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itsmflow.ports.RequestPort;
import org.itsmflow.ports.RequesterTickets;
import org.itsmflow.record.RecordType;
import org.itsmflow.request.RequestController.AnswerRequest;
import org.itsmflow.request.RequestController.ConfirmationRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Service requests as their requesters see them, and the catalogue they order from. */
@Component
class RequestTicketsAdapter implements RequesterTickets, RequestPort {

  private final RequestRepository repository;
  private final RequesterActions actions;
  RequestTicketsAdapter(RequestRepository repository, RequesterActions actions) {
    this.repository = repository;
    this.actions = actions;
  }

  @Override
  public String prefix() {
    return RecordType.REQUEST.prefix();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Ticket> find(String number) {
    return repository.find(number).map(this::ticket);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Ticket> of(Collection<String> requesters, int limit) {
    return repository.ofRequesters(requesters, limit).stream().map(this::ticket).toList();
  }

  @Override
  @Transactional
  public void confirm(String number) {
    actions.confirm(number, new ConfirmationRequest(true, null));
  }

  @Override
  @Transactional
  public void reopen(String number, String reason) {
    actions.confirm(number, new ConfirmationRequest(false, reason));
  }

  @Override
  @Transactional
  public void withdraw(String number, String reason) {
    actions.withdraw(number, reason);
  }

  @Override
  @Transactional
  public void answer(String number, String answer) {
    actions.answer(number, new AnswerRequest(answer));
  }

  @Override
  @Transactional(readOnly = true)
  public List<CatalogueItem> catalogue() {
    return repository.items(null, true).stream().map(RequestTicketsAdapter::item).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CatalogueItem> item(String code) {
    return repository.item(code).filter(RequestItem::active).map(RequestTicketsAdapter::item);
  }

  @Override
  @Transactional
  public String order(String itemCode, Map<String, String> details, String managerId) {
    return actions.submit(itemCode, details, null, managerId);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Ticket> awaitingApprovalBy(String userId) {
    return repository.awaitingManager(userId).stream().map(this::ticket).toList();
  }

  @Override
  @Transactional
  public void decide(String number, String decision, String reason) {
    actions.approve(number, new RequestController.ApprovalRequest(decision, reason));
  }

  private static CatalogueItem item(RequestItem i) {
    return new CatalogueItem(i.code(), i.serviceCode(), i.name(), i.description(),
        i.fields().stream().map(f -> new Field(f.key(), f.label(), f.required())).toList(), i.approval(), i.cost());
  }

  private Ticket ticket(ServiceRequest r) {
    String approval = r.status() != RequestStatus.AWAITING_APPROVAL ? null
        : Requests.MANAGER.equals(r.approver()) && r.managerId() != null ? r.managerId() : "service-owners";
    String resolution = r.status() == RequestStatus.FULFILLED || r.status() == RequestStatus.CLOSED
        || r.status() == RequestStatus.CANCELLED ? r.fulfilmentNotes() : null;
    return new Ticket(r.number(), "request", r.title(), null, r.serviceCode(), r.requestedBy(), r.status().id(),
        r.fulfilmentGroup(), r.status() == RequestStatus.AWAITING_REQUESTER ? r.question() : null, approval,
        resolution, labelled(r), r.createdAt(), r.fulfilledAt(), r.closedAt());
  }

  /** The answers by their fields' labels, in the item's order (a field no longer defined keeps its key). */
  private Map<String, String> labelled(ServiceRequest r) {
    Map<String, String> answers = repository.details(r);
    Map<String, String> labelled = new LinkedHashMap<>();
    List<RequestItem.Field> fields = repository.item(r.itemCode()).map(RequestItem::fields).orElse(List.of());
    answers.forEach((key, value) -> labelled.put(fields.stream().filter(f -> f.key().equals(key))
        .map(RequestItem.Field::label).findFirst().orElse(key), value));
    return labelled;
  }
}
