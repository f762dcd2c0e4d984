package org.itsmflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups and the administrators' group with their engine authorizations.
 * Idempotent: a restart adds only what is missing and never removes what an administrator
 * granted in the Admin webapp.
 */
@Component
public class RoleAuthorizations {

  private static final String WORKFLOW_GROUP_TYPE = "WORKFLOW";
  private static final String SYSTEM_GROUP_TYPE = "SYSTEM";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public RoleAuthorizations(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  public void ensureGroupsAndGrants() {
    ensureGroup(RoleGroup.ADMIN_GROUP, "ITSM Flow administrators", SYSTEM_GROUP_TYPE);
    for (Resources resource : Resources.values()) {
      grant(RoleGroup.ADMIN_GROUP, resource, "*", Permissions.ALL);
    }
    ensureGroup(RoleGroup.REQUESTERS_GROUP, "Requesters", WORKFLOW_GROUP_TYPE);
    for (RoleGroup role : RoleGroup.values()) {
      ensureGroup(role.id(), role.displayName(), WORKFLOW_GROUP_TYPE);
      for (Grant grant : role.grants()) {
        grant(role.id(), grant.resource(), grant.resourceId(), grant.permissions().toArray(Permission[]::new));
      }
    }
  }

  private void ensureGroup(String id, String name, String type) {
    // With a directory (docs/identity.md) the groups are the mapping's; their grants are still ours.
    if (identityService.isReadOnly() || identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  /** Grants to a group; permissions already present on the same resource are kept. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
