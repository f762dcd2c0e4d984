package org.itsmflow.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, for work logs and histories: the engine's current user (Tasklist, REST), else
 * the API caller, else "system" (timer jobs, start-up).
 */
@Component
public class CurrentUser {

  public static final String SYSTEM = "system";

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    Authentication engine = identityService.getCurrentAuthentication();
    if (engine != null) {
      return engine.getUserId();
    }
    org.springframework.security.core.Authentication api = SecurityContextHolder.getContext().getAuthentication();
    return api != null && api.isAuthenticated() && api.getName() != null ? api.getName() : SYSTEM;
  }
}
