package org.itsmflow.security;

import java.security.Principal;
import java.util.List;

/** A user authenticated against the engine's identity service, with its groups and tenants. */
public record EngineUser(String id, List<String> groupIds, List<String> tenantIds) implements Principal {

  @Override
  public String getName() {
    return id;
  }

  public boolean isMemberOf(String groupId) {
    return groupIds.contains(groupId);
  }
}
