package org.itsmflow.security;

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
}
