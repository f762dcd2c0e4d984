package org.itsmflow.security.directory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.SearchResult;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapClient;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapSearchResults;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;
import org.itsmflow.security.GroupMapping;
import org.itsmflow.security.RoleGroup;

/**
 * Camunda's LDAP identity provider with ITSM Flow's groups: users, their names and passwords come
 * from the directory as the plugin reads them; the groups the engine sees are the ITSM Flow groups
 * the mapping names, and a user is a member of one when one of its directory groups, directly or
 * through groups nested in each other, is mapped to it. So candidate groups, authorizations and
 * Tasklist filters keep naming {@code service-desk}, whatever the directory calls its groups.
 */
class DirectoryIdentityProvider extends LdapIdentityProviderSession {

  // Directories nest a few levels; the limit stops a cycle (A in B in A).
  private static final int MAX_NESTING = 10;

  private final GroupMapping mapping;
  private final Client client;

  DirectoryIdentityProvider(LdapConfiguration configuration, GroupMapping mapping) {
    super(configuration);
    this.mapping = mapping;
    this.client = new Client(configuration);
    this.ldapClient = client;
  }

  /** The plugin's client, opened on first use as the plugin's own queries do. */
  private static final class Client extends LdapClient {

    Client(LdapConfiguration configuration) {
      super(configuration);
    }

    LdapSearchResults searchOpen(String base, String filter) {
      ensureContextInitialized();
      setRequestControls(new ArrayList<>());
      return search(base, filter);
    }
  }

  // --- groups: ITSM Flow's, as the mapping names them ------------------------------------------

  @Override
  public Group findGroupById(String groupId) {
    return mapping.isRoleGroup(groupId) && isAuthorizedToReadGroup(groupId) ? group(groupId) : null;
  }

  @Override
  public long findGroupCountByQueryCriteria(LdapGroupQuery query) {
    return matchingGroups(query).size();
  }

  @Override
  public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
    List<Group> groups = matchingGroups(query);
    int from = Math.min(query.getFirstResult(), groups.size());
    int to = (int) Math.min((long) from + query.getMaxResults(), groups.size());
    return groups.subList(from, to);
  }

  private List<Group> matchingGroups(GroupQueryImpl query) {
    if (query.getTenantId() != null) {
      return List.of();
    }
    Collection<String> candidates = query.getUserId() != null ? roleGroupsOf(query.getUserId()) : mapping.roleGroups();
    return candidates.stream().filter(id -> matches(query, id)).filter(this::isAuthorizedToReadGroup)
        .sorted().map(DirectoryIdentityProvider::group).toList();
  }

  private static boolean matches(GroupQueryImpl query, String id) {
    Group group = group(id);
    return (query.getId() == null || query.getId().equals(id))
        && (query.getIds() == null || Arrays.asList(query.getIds()).contains(id))
        && (query.getName() == null || query.getName().equals(group.getName()))
        && (query.getNameLike() == null || like(query.getNameLike()).matcher(group.getName()).matches())
        && (query.getType() == null || query.getType().equals(group.getType()));
  }

  /** A query's LIKE pattern ({@code %} any text, {@code _} one character) as a regular expression. */
  private static Pattern like(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
  }

  private static Group group(String id) {
    GroupEntity group = new GroupEntity(id);
    group.setName(GroupMapping.itsmGroups().getOrDefault(id, id));
    group.setType(RoleGroup.ADMIN_GROUP.equals(id) ? "SYSTEM" : "WORKFLOW");
    return group;
  }

  // --- users of a group: the members of its directory groups, nested ones included -----------

  @Override
  public long findUserCountByQueryCriteria(LdapUserQueryImpl query) {
    return query.getGroupId() == null ? super.findUserCountByQueryCriteria(query) : findUserByQueryCriteria(query).size();
  }

  @Override
  public List<User> findUserByQueryCriteria(LdapUserQueryImpl query) {
    if (query.getGroupId() == null) {
      return super.findUserByQueryCriteria(query);
    }
    Set<String> members = membersOf(query.getGroupId());
    if (query.getId() != null) {
      members.retainAll(Set.of(query.getId()));
    }
    if (query.getIds() != null) {
      members.retainAll(Set.of(query.getIds()));
    }
    if (members.isEmpty()) {
      return List.of();
    }
    LdapUserQueryImpl byId = new LdapUserQueryImpl(ldapConfiguration);
    byId.userIdIn(members.toArray(String[]::new));
    if (query.getFirstName() != null) {
      byId.userFirstName(query.getFirstName());
    }
    if (query.getFirstNameLike() != null) {
      byId.userFirstNameLike(query.getFirstNameLike());
    }
    if (query.getLastName() != null) {
      byId.userLastName(query.getLastName());
    }
    if (query.getLastNameLike() != null) {
      byId.userLastNameLike(query.getLastNameLike());
    }
    if (query.getEmail() != null) {
      byId.userEmail(query.getEmail());
    }
    if (query.getEmailLike() != null) {
      byId.userEmailLike(query.getEmailLike());
    }
    byId.setOrderingProperties(query.getOrderingProperties());
    byId.setFirstResult(query.getFirstResult());
    byId.setMaxResults(query.getMaxResults());
    return super.findUserByQueryCriteria(byId);
  }

  // --- the directory's groups -------------------------------------------------------------------

  /** The ITSM Flow groups of a user: its directory groups and the groups they are in, mapped. */
  Set<String> roleGroupsOf(String userId) {
    String userDn = dnOfUser(userId);
    if (userDn == null) {
      return Set.of();
    }
    Set<String> directoryGroups = new HashSet<>();
    Set<String> seen = new HashSet<>();
    List<String> level = List.of(userDn);
    for (int depth = 0; depth < MAX_NESTING && !level.isEmpty(); depth++) {
      List<String> next = new ArrayList<>();
      for (String memberDn : level) {
        String filter = "(&" + ldapConfiguration.getGroupSearchFilter() + "(" + ldapConfiguration.getGroupMemberAttribute()
            + "=" + escapeLDAPSearchFilter(memberDn) + "))";
        for (SearchResult group : search(groupBase(), filter)) {
          String id = value(group, ldapConfiguration.getGroupIdAttribute());
          if (id != null) {
            directoryGroups.add(id);
          }
          if (seen.add(group.getNameInNamespace().toLowerCase(Locale.ROOT))) {
            next.add(group.getNameInNamespace());
          }
        }
      }
      level = next;
    }
    return mapping.roleGroupsOf(directoryGroups);
  }

  /** The ids of the users in the directory groups mapped to an ITSM Flow group, nested groups' members too. */
  Set<String> membersOf(String roleGroup) {
    Set<String> users = new TreeSet<>();
    Set<String> seenGroups = new HashSet<>();
    Deque<String> memberDns = new ArrayDeque<>();
    for (String directoryGroup : mapping.directoryGroups(roleGroup)) {
      String filter = "(&" + ldapConfiguration.getGroupSearchFilter() + "(" + ldapConfiguration.getGroupIdAttribute()
          + "=" + escapeLDAPSearchFilter(directoryGroup) + "))";
      for (SearchResult group : search(groupBase(), filter)) {
        if (seenGroups.add(group.getNameInNamespace().toLowerCase(Locale.ROOT))) {
          memberDns.addAll(values(group, ldapConfiguration.getGroupMemberAttribute()));
        }
      }
    }
    int looked = 0;
    while (!memberDns.isEmpty() && looked++ < 100_000) {
      String dn = memberDns.removeFirst();
      List<SearchResult> asGroup = search(dn, ldapConfiguration.getGroupSearchFilter());
      if (!asGroup.isEmpty()) {
        if (seenGroups.add(dn.toLowerCase(Locale.ROOT)) && seenGroups.size() < 10_000) {
          memberDns.addAll(values(asGroup.get(0), ldapConfiguration.getGroupMemberAttribute()));
        }
        continue;
      }
      for (SearchResult user : search(dn, ldapConfiguration.getUserSearchFilter())) {
        String id = value(user, ldapConfiguration.getUserIdAttribute());
        if (id != null) {
          users.add(id);
        }
      }
    }
    return users;
  }

  private String dnOfUser(String userId) {
    String filter = "(&" + ldapConfiguration.getUserSearchFilter() + "(" + ldapConfiguration.getUserIdAttribute() + "="
        + escapeLDAPSearchFilter(userId) + "))";
    List<SearchResult> users = search(composeDn(ldapConfiguration.getUserSearchBase(), ldapConfiguration.getBaseDn()),
        filter);
    return users.isEmpty() ? null : users.get(0).getNameInNamespace();
  }

  private String groupBase() {
    return composeDn(ldapConfiguration.getGroupSearchBase(), ldapConfiguration.getBaseDn());
  }

  /** The entries below a DN matching a filter; none when the DN does not exist (a member since deleted). */
  private List<SearchResult> search(String base, String filter) {
    List<SearchResult> found = new ArrayList<>();
    try (LdapSearchResults results = client.searchOpen(base, filter)) {
      while (results.hasMoreElements()) {
        found.add(results.nextElement());
      }
    } catch (IdentityProviderException e) {
      if (!(e.getCause() instanceof NameNotFoundException)) {
        throw e;
      }
    }
    return found;
  }

  private static String value(SearchResult entry, String attribute) {
    List<String> values = values(entry, attribute);
    return values.isEmpty() ? null : values.get(0);
  }

  private static List<String> values(SearchResult entry, String attribute) {
    List<String> values = new ArrayList<>();
    Attribute found = entry.getAttributes().get(attribute);
    if (found == null) {
      return values;
    }
    try {
      NamingEnumeration<?> all = found.getAll();
      while (all.hasMore()) {
        values.add(String.valueOf(all.next()));
      }
    } catch (NamingException e) {
      throw new IdentityProviderException("Cannot read " + attribute + " of " + entry.getNameInNamespace(), e);
    }
    return values;
  }
}
