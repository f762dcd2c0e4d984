package org.itsmflow.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HTTP Basic against the users the administrators manage in Camunda Admin: one identity for
 * the webapps, the engine REST API and our own API. The engine throttles repeated failures.
 */
@Component
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final TransactionTemplate transaction;

  public EngineIdentityAuthenticationProvider(IdentityService identityService,
      PlatformTransactionManager transactionManager) {
    this.identityService = identityService;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    // Every API call authenticates: password, groups and tenants in one transaction, not three.
    // A wrong password returns instead of throwing, so the engine's count of failed attempts
    // (its login throttling) is committed.
    EngineUser user = transaction.execute(status -> identityService.checkPassword(userId, credentials.toString())
        ? load(userId) : null);
    if (user == null) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    List<SimpleGrantedAuthority> authorities = user.groupIds().stream()
        .map(GroupAuthority::of)
        .map(SimpleGrantedAuthority::new)
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  private EngineUser load(String userId) {
    List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
    List<String> tenantIds = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream()
        .map(Tenant::getId)
        .toList();
    return new EngineUser(userId, groupIds, tenantIds);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
