package org.itsmflow.security;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A user of the engine's own user store as one statement reads them: stored password hash,
 * login throttling, groups and tenants (what the identity service reads with a password check and
 * two queries in a transaction of their own). Camunda's tables, read only.
 */
@Component
class EngineAccounts {

  private static final String ACCOUNT = """
      SELECT 'user' AS kind, u.PWD_ AS item, u.ATTEMPTS_ AS attempts, u.LOCK_EXP_TIME_ AS locked_until
        FROM ACT_ID_USER u WHERE u.ID_ = ?
      UNION ALL
      SELECT 'group', g.ID_, NULL, NULL
        FROM ACT_ID_GROUP g JOIN ACT_ID_MEMBERSHIP m ON m.GROUP_ID_ = g.ID_ WHERE m.USER_ID_ = ?
      UNION ALL
      SELECT 'tenant', t.ID_, NULL, NULL
        FROM ACT_ID_TENANT t JOIN ACT_ID_TENANT_MEMBER tm ON tm.TENANT_ID_ = t.ID_
       WHERE tm.USER_ID_ = ? OR tm.GROUP_ID_ IN (SELECT m2.GROUP_ID_ FROM ACT_ID_MEMBERSHIP m2 WHERE m2.USER_ID_ = ?)
      """;

  /**
   * @param storedHash the password hash as stored (null when the user has none)
   * @param throttled whether failed attempts are counted or the user is locked: then only the
   *     engine's own check applies, which resets or enforces them
   */
  record Account(String id, String storedHash, boolean throttled, List<String> groupIds, List<String> tenantIds) {

    EngineUser user() {
      return new EngineUser(id, groupIds, tenantIds);
    }
  }

  private final JdbcTemplate jdbc;

  EngineAccounts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Account> find(String userId) {
    String[] hash = new String[1];
    boolean[] found = new boolean[1];
    boolean[] throttled = new boolean[1];
    TreeSet<String> groups = new TreeSet<>();
    TreeSet<String> tenants = new TreeSet<>();
    jdbc.query(ACCOUNT, rs -> {
      switch (rs.getString("kind")) {
        case "user" -> {
          found[0] = true;
          hash[0] = rs.getString("item");
          int attempts = rs.getInt("attempts");
          Timestamp lockedUntil = rs.getTimestamp("locked_until");
          throttled[0] = attempts > 0 || lockedUntil != null;
        }
        case "group" -> groups.add(rs.getString("item"));
        default -> tenants.add(rs.getString("item"));
      }
    }, userId, userId, userId, userId);
    return found[0]
        ? Optional.of(new Account(userId, hash[0], throttled[0], new ArrayList<>(groups), new ArrayList<>(tenants)))
        : Optional.empty();
  }
}
