package org.itsmflow.security;

import java.util.HashSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Spring Security authority names for engine groups. */
public final class GroupAuthority {

  private static final String PREFIX = "GROUP_";

  private GroupAuthority() {}

  public static String of(String groupId) {
    return PREFIX + groupId;
  }

  public static String of(RoleGroup role) {
    return of(role.id());
  }

  public static String admin() {
    return of(RoleGroup.ADMIN_GROUP);
  }

  /** Whether the signed-in person is an administrator or a member of the role group: who writes on a page. */
  public static boolean isAdminOr(Authentication authentication, RoleGroup role) {
    return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(a -> a.equals(of(role)) || a.equals(admin()));
  }

  /** Whether the signed-in person is staff (in a role group or an administrator); else a requester. */
  public static boolean isStaff(Authentication authentication) {
    if (authentication == null) {
      return false;
    }
    Set<String> staff = new HashSet<>();
    for (RoleGroup role : RoleGroup.values()) {
      staff.add(of(role));
    }
    staff.add(admin());
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(staff::contains);
  }
}
