package org.itsmflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the authenticated user the engine's current user for the request, so the engine's
 * authorization checks apply and its history and user operation log name who did what.
 */
public class EngineAuthenticationBinder extends OncePerRequestFilter {

  private final IdentityService identityService;

  public EngineAuthenticationBinder(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    EngineUser user = authentication == null ? null : EngineUser.of(authentication.getPrincipal());
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    identityService.setAuthentication(user.id(), user.groupIds(), user.tenantIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
