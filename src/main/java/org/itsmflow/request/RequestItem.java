package org.itsmflow.request;

import java.math.BigDecimal;
import java.util.List;

/**
 * An item of the request catalogue (ISO 20000 8.6.2): what can be requested for a service, the
 * fields the requester fills, the group that fulfils it with its instructions, and whether it
 * needs approval ("always", "never", or "policy": DMN request-approval decides).
 */
public record RequestItem(String code, String serviceCode, String name, String description, String fulfilmentGroup,
    String instructions, List<Field> fields, String approval, BigDecimal cost, int priority, boolean active) {

  public record Field(String key, String label, boolean required) {}

  static final List<String> APPROVALS = List.of("always", "never", "policy");
}
