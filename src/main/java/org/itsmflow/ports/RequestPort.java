package org.itsmflow.ports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the requester side asks of request fulfilment: the catalogue and an order from it. */
public interface RequestPort {

  /**
   * An active item of the request catalogue as requesters read it.
   *
   * @param approval {@code always}, {@code never} or {@code policy} (a decision table decides)
   */
  record CatalogueItem(String code, String serviceCode, String name, String description, List<Field> fields,
      String approval, BigDecimal cost) {}

  record Field(String key, String label, boolean required) {}

  /** The active items, by service and name. */
  List<CatalogueItem> catalogue();

  Optional<CatalogueItem> item(String code);

  /**
   * Orders an item for the caller (400 naming {@code details.<key>} for a missing or unknown field);
   * returns the request's number.
   */
  String order(String itemCode, Map<String, String> details, String managerId);

  /** The requests that wait for this person's approval as the requester's manager, newest first. */
  List<RequesterTickets.Ticket> awaitingApprovalBy(String userId);

  /**
   * The approver's decision ({@code approve} or {@code reject}, reason required): 403 unless the
   * caller is the approver, 409 unless the request waits for approval.
   */
  void decide(String number, String decision, String reason);
}
