package org.itsmflow.security;

import java.util.List;
import java.util.Optional;
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
 *
 * <p>An API client sends its credentials with every request. In the engine's own user store the
 * engine checks a password once; while the user's stored hash is unchanged and no failed attempt
 * is counted, the same password is known good ({@link AcceptedPasswords}), and the user, their
 * groups and tenants are read in one statement per request, current as before. A directory
 * (read-only store) checks every request against the directory.
 */
@Component
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final TransactionTemplate transaction;
  private final EngineAccounts accounts;
  private final AcceptedPasswords accepted = new AcceptedPasswords();
  /** Whether the engine's own user store holds the users (not a directory); known after the first sign-in. */
  private volatile Boolean ownStore;

  EngineIdentityAuthenticationProvider(IdentityService identityService,
      PlatformTransactionManager transactionManager, EngineAccounts accounts) {
    this.identityService = identityService;
    this.transaction = new TransactionTemplate(transactionManager);
    this.accounts = accounts;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    String password = credentials.toString();
    Optional<EngineAccounts.Account> account = ownStore() ? accounts.find(userId) : Optional.empty();
    EngineUser user = account.filter(a -> !a.throttled() && accepted.isAccepted(userId, a.storedHash(), password))
        .map(EngineAccounts.Account::user)
        .orElseGet(() -> checked(userId, password, account));
    if (user == null) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    List<SimpleGrantedAuthority> authorities = user.groupIds().stream()
        .map(GroupAuthority::of)
        .map(SimpleGrantedAuthority::new)
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  /** The engine's own check, remembered when it accepts the password. */
  private EngineUser checked(String userId, String password, Optional<EngineAccounts.Account> account) {
    // Password, groups and tenants in one transaction, not three. A wrong password returns
    // instead of throwing, so the engine's count of failed attempts (its login throttling) is
    // committed.
    EngineUser user = transaction.execute(status -> identityService.checkPassword(userId, password)
        ? load(userId) : null);
    if (user == null) {
      accepted.forget(userId);
    } else {
      // Against the hash read before the check: a password changed meanwhile is checked again next time.
      account.ifPresent(a -> accepted.accepted(userId, a.storedHash(), password));
    }
    return user;
  }

  private boolean ownStore() {
    Boolean own = ownStore;
    if (own == null) {
      own = !identityService.isReadOnly();
      ownStore = own;
    }
    return own;
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
