package org.itsmflow.security.oidc;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.itsmflow.security.EngineUser;
import org.itsmflow.security.GroupMapping;

/**
 * A person signed in at the provider becomes the engine user of the same id: created at first
 * sign-in, names and e-mail kept as the provider says, and member of exactly the ITSM Flow groups
 * its groups claim gives (added and taken away at each sign-in or bearer request). So Tasklist,
 * the notifications and the history know them like any other user. Groups that are not ITSM
 * Flow's (an administrator's own) are left as they are. A built-in account of the same name
 * ({@code admin}, or one an administrator created) is never signed in this way.
 */
class OidcAccounts {

  /** Marks the users single sign-on created: only those does it sign in (user info of the engine). */
  static final String SIGN_IN = "itsm.sign-in";
  static final String BY_PROVIDER = "oidc";

  /** The user ids the engine accepts (generalResourceWhitelistPattern in application.yaml). */
  static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]*");

  private final IdentityService identityService;
  private final GroupMapping mapping;
  private final SecureRandom random = new SecureRandom();

  OidcAccounts(IdentityService identityService, GroupMapping mapping) {
    this.identityService = identityService;
    this.mapping = mapping;
  }

  /** Refused sign-in: the reason in words. */
  static final class RefusedException extends RuntimeException {
    RefusedException(String message) {
      super(message);
    }
  }

  EngineUser signIn(String id, String firstName, String lastName, String email, Collection<String> providerGroups) {
    if (id == null || id.length() > 64 || !USER_ID.matcher(id).matches()) {
      throw new RefusedException("the user name '" + id + "' from the provider is not one ITSM Flow accepts (letters, "
          + "digits, '.', '_' and '-'); set ITSM_OIDC_USERNAME_CLAIM to a claim that holds such a name");
    }
    try {
      return sync(id, firstName, lastName, email, providerGroups);
    } catch (ProcessEngineException concurrent) {
      // Another node or request created the user or a membership at the same moment: once more.
      return sync(id, firstName, lastName, email, providerGroups);
    }
  }

  private EngineUser sync(String id, String firstName, String lastName, String email,
      Collection<String> providerGroups) {
    User user = identityService.createUserQuery().userId(id).singleResult();
    String first = firstName == null || firstName.isBlank() ? id : firstName;
    String last = lastName == null || lastName.isBlank() ? id : lastName;
    if (user == null) {
      user = identityService.newUser(id);
      user.setFirstName(first);
      user.setLastName(last);
      user.setEmail(email);
      // Never told anyone: the person signs in at the provider, not with a password of ours.
      user.setPassword(unusablePassword());
      identityService.saveUser(user);
      identityService.setUserInfo(id, SIGN_IN, BY_PROVIDER);
    } else if (!BY_PROVIDER.equals(identityService.getUserInfo(id, SIGN_IN))) {
      // A built-in account of that name (admin, or one an administrator created): a person of the
      // provider must not become it, nor take its groups away.
      throw new RefusedException("'" + id + "' is an account of ITSM Flow's own, not one single sign-on created; an "
          + "administrator decides whether to remove it so that the provider's '" + id + "' can sign in");
    } else if (!first.equals(user.getFirstName()) || !last.equals(user.getLastName())
        || !Objects.equals(email, user.getEmail())) {
      user.setFirstName(first);
      user.setLastName(last);
      user.setEmail(email);
      identityService.saveUser(user);
    }
    Set<String> wanted = mapping.roleGroupsOf(providerGroups);
    Set<String> groups = new TreeSet<>(identityService.createGroupQuery().groupMember(id).list().stream()
        .map(Group::getId).toList());
    for (String group : wanted) {
      if (groups.add(group)) {
        identityService.createMembership(id, group);
      }
    }
    for (String group : List.copyOf(groups)) {
      if (mapping.isRoleGroup(group) && !wanted.contains(group)) {
        identityService.deleteMembership(id, group);
        groups.remove(group);
      }
    }
    List<String> tenants = identityService.createTenantQuery().userMember(id).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    return new EngineUser(id, List.copyOf(groups), tenants);
  }

  private String unusablePassword() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    // Upper, lower, digit and special character: the password policy's rules.
    return "Sso-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "-7x";
  }
}
