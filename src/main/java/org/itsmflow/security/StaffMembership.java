package org.itsmflow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.itsmflow.platform.EngineAsSystem;
import org.springframework.stereotype.Component;

/**
 * Whether a person is staff (in a role group, or an administrator) or a requester, by the
 * engine's memberships: what a requester does on their own ticket (a comment) is not the
 * service desk's response to it.
 */
@Component
public class StaffMembership {

  private final IdentityService identity;
  private final EngineAsSystem engine;

  StaffMembership(IdentityService identity, EngineAsSystem engine) {
    this.identity = identity;
    this.engine = engine;
  }

  public boolean isStaff(String userId) {
    List<String> staff = new ArrayList<>();
    for (RoleGroup role : RoleGroup.values()) {
      staff.add(role.id());
    }
    staff.add(RoleGroup.ADMIN_GROUP);
    return engine.call(() -> identity.createGroupQuery().groupMember(userId)
        .groupIdIn(staff.toArray(String[]::new)).count()) > 0;
  }
}
