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

  /** A principal of another sign-in (single sign-on) that stands for an engine user. */
  public interface Carrier {
    EngineUser engineUser();
  }

  /** The engine user a signed-in principal stands for, or null for none. */
  public static EngineUser of(Object principal) {
    if (principal instanceof EngineUser user) {
      return user;
    }
    return principal instanceof Carrier carrier ? carrier.engineUser() : null;
  }
}
