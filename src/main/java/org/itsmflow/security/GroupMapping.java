package org.itsmflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.itsmflow.platform.InvalidConfigurationException;

/**
 * Which groups of the organisation's directory or sign-in provider make a user a member of which
 * ITSM Flow group: a file the administrator keeps, one line per ITSM Flow group, naming the outside
 * groups (a directory group's id, e.g. its {@code cn}; a value of the provider's groups claim) that
 * grant it:
 *
 * <pre>
 * service-desk = IT Service Desk, Helpdesk Berlin
 * camunda-admin = IT Administrators
 * </pre>
 *
 * Directory group ids compare without regard to case, as directories do. A user in none of the
 * mapped groups is a requester. Pure.
 */
public final class GroupMapping {

  private final Map<String, Set<String>> directoryGroupsByRole;

  private GroupMapping(Map<String, Set<String>> directoryGroupsByRole) {
    this.directoryGroupsByRole = directoryGroupsByRole;
  }

  /** Where the mapping comes from, for the messages, and whether it must name the administrators. */
  public record Source(String variable, String useFor, boolean adminRequired) {

    public static final Source DIRECTORY = new Source("ITSM_LDAP_GROUP_MAPPING", "ITSM_LDAP_URL", true);
    public static final Source SIGN_IN_PROVIDER = new Source("ITSM_OIDC_GROUP_MAPPING", "ITSM_OIDC_ISSUER_URI", false);
  }

  /** The groups of ITSM Flow a mapping may name: the role groups, the administrators, the requesters. */
  public static Map<String, String> itsmGroups() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(RoleGroup.ADMIN_GROUP, "ITSM Flow administrators");
    for (RoleGroup role : RoleGroup.values()) {
      groups.put(role.id(), role.displayName());
    }
    groups.put(RoleGroup.REQUESTERS_GROUP, "Requesters");
    return groups;
  }

  public static GroupMapping read(Path file, Source from) {
    if (file == null || file.toString().isBlank()) {
      throw new InvalidConfigurationException(from.useFor() + " is set but " + from.variable() + " is not: without it "
          + "nobody signing in that way would be a member of any ITSM Flow group",
          "Write a group mapping file (one line per ITSM Flow group, e.g. 'service-desk = IT Service Desk') and name "
              + "it in " + from.variable() + "; docs/identity.md");
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), from);
    } catch (IOException e) {
      throw new InvalidConfigurationException(from.variable() + ": cannot read " + file + " (" + e.getMessage()
          + ")", "Name a readable file; docs/identity.md");
    }
  }

  /** @param source the file's name for the messages */
  static GroupMapping parse(String text, String source, Source from) {
    Map<String, Set<String>> byRole = new LinkedHashMap<>();
    Set<String> known = itsmGroups().keySet();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      String where = source + " line " + (i + 1);
      if (equals < 0) {
        throw invalid(from, where + ": '" + line + "' is no 'itsm-group = directory group, ...' line");
      }
      String role = line.substring(0, equals).strip();
      if (!known.contains(role)) {
        throw invalid(from, where + ": '" + role + "' is no ITSM Flow group; these are: " + String.join(", ", known));
      }
      Set<String> groups = new LinkedHashSet<>();
      for (String group : line.substring(equals + 1).split(",")) {
        if (!group.isBlank()) {
          groups.add(group.strip());
        }
      }
      if (groups.isEmpty()) {
        throw invalid(from, where + ": '" + role + "' names no group");
      }
      byRole.computeIfAbsent(role, r -> new LinkedHashSet<>()).addAll(groups);
    }
    if (from.adminRequired() && !byRole.containsKey(RoleGroup.ADMIN_GROUP)) {
      throw invalid(from, source + " maps no group to " + RoleGroup.ADMIN_GROUP + ": nobody could administer ITSM Flow");
    }
    return new GroupMapping(byRole);
  }

  private static InvalidConfigurationException invalid(Source from, String message) {
    return new InvalidConfigurationException(from.variable() + ": " + message,
        "Correct the group mapping file; its form is in docs/identity.md");
  }

  /**
   * The ITSM Flow groups: all of them, whether the mapping gives them members or not, since the
   * models name them as candidate groups.
   */
  public List<String> roleGroups() {
    return new ArrayList<>(new TreeSet<>(itsmGroups().keySet()));
  }

  public boolean isRoleGroup(String id) {
    return itsmGroups().containsKey(id);
  }

  /** The directory groups (ids) that grant an ITSM Flow group. */
  public Set<String> directoryGroups(String roleGroup) {
    return directoryGroupsByRole.getOrDefault(roleGroup, Set.of());
  }

  /** The ITSM Flow groups a member of these directory groups (ids) belongs to. */
  public Set<String> roleGroupsOf(Collection<String> directoryGroups) {
    Set<String> lower = directoryGroups.stream().map(g -> g.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    Set<String> roles = new TreeSet<>();
    directoryGroupsByRole.forEach((role, groups) -> {
      if (groups.stream().anyMatch(g -> lower.contains(g.toLowerCase(Locale.ROOT)))) {
        roles.add(role);
      }
    });
    return roles;
  }
}
