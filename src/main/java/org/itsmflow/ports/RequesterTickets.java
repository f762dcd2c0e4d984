package org.itsmflow.ports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the requester side (portal, e-mail) asks of the record types that have a requester:
 * incidents and service requests. Whoever calls has checked that the caller may act for the
 * ticket's requester; the record's process still refuses what its status does not allow (409).
 */
public interface RequesterTickets {

  /**
   * A ticket as its requester sees it: no internal work notes, no configuration items.
   *
   * @param kind {@code incident} or {@code request}
   * @param status as the API shows it, e.g. {@code in-progress}
   * @param workingGroup the group that works it now (for "being worked on by ...")
   * @param question the open question to the requester, if the ticket waits for an answer
   * @param approval who approves a request that waits for approval (a user or a group), else null
   * @param details a request's answers to its item's fields, by label; empty for an incident
   */
  record Ticket(String number, String kind, String title, String description, String serviceCode, String requester,
      String status, String workingGroup, String question, String approval, String resolution,
      Map<String, String> details, Instant createdAt, Instant resolvedAt, Instant closedAt) {}

  /** The prefix of the record numbers this type answers for, e.g. {@code INC}. */
  String prefix();

  Optional<Ticket> find(String number);

  /** The tickets of these requesters, newest first, at most {@code limit}. */
  List<Ticket> of(Collection<String> requesters, int limit);

  /** The requester confirms the resolution or fulfilment: the ticket closes. */
  void confirm(String number);

  /** The requester says it is not fixed or not done: the ticket is worked again. */
  void reopen(String number, String reason);

  /** The requester no longer needs it (409 where the type does not allow it). */
  void withdraw(String number, String reason);

  /** The requester's answer to the question the ticket waits for (409 where none is open). */
  void answer(String number, String answer);
}
