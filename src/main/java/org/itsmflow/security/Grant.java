package org.itsmflow.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Permissions on one engine resource ("*" for all of its kind). */
record Grant(Resource resource, String resourceId, List<Permission> permissions) {

  static Grant of(Resource resource, String resourceId, Permission... permissions) {
    return new Grant(resource, resourceId, List.of(permissions));
  }
}
