package org.itsmflow.portal;

import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's place on the requester side, kept by administrators: the organisation they belong
 * to, whether they may read its tickets, and the manager who approves their orders. A person
 * without a profile reads their own tickets only.
 */
@Component
public class RequesterProfiles {

  /** What an administrator sets; every field may be left out (null). */
  public record Profile(String userId, String organisation, boolean seesOrganisation, String managerId) {}

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final EngineAsSystem engine;
  private final CurrentUser currentUser;

  RequesterProfiles(JdbcTemplate jdbc, IdentityService identity, EngineAsSystem engine, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.engine = engine;
    this.currentUser = currentUser;
  }

  /** The profile of a user who exists (404 otherwise). */
  @Transactional(readOnly = true)
  public Profile existing(String userId) {
    requireUser(userId, null);
    return of(userId);
  }

  @Transactional(readOnly = true)
  public Profile of(String userId) {
    return jdbc.query("SELECT organisation, sees_organisation, manager_id FROM itsm_user_profile WHERE user_id = ?",
        (rs, i) -> new Profile(userId, rs.getString(1), rs.getBoolean(2), rs.getString(3)), userId).stream()
        .findFirst().orElse(new Profile(userId, null, false, null));
  }

  /**
   * Sets a person's profile: 404 for an unknown user or manager, 400 naming the field for reading
   * the organisation's tickets without an organisation or for a person who is their own manager.
   */
  @Transactional
  public Profile save(String userId, String organisation, Boolean seesOrganisation, String managerId) {
    requireUser(userId, null);
    String org = Fields.optionalText("organisation", organisation, 100);
    boolean sees = Boolean.TRUE.equals(seesOrganisation);
    if (sees && org == null) {
      throw new InvalidFieldException("seesOrganisation", "needs an organisation to read the tickets of");
    }
    String manager = Fields.optionalText("managerId", managerId, 64);
    if (manager != null) {
      requireUser(manager, "managerId");
      if (manager.equals(userId)) {
        throw new InvalidFieldException("managerId", "someone other than " + userId);
      }
    }
    Timestamp now = Timestamp.from(EngineClock.now());
    int updated = jdbc.update("UPDATE itsm_user_profile SET organisation = ?, sees_organisation = ?, manager_id = ?, "
        + "updated_at = ?, updated_by = ? WHERE user_id = ?", org, sees, manager, now, currentUser.id(), userId);
    if (updated == 0) {
      jdbc.update("INSERT INTO itsm_user_profile (user_id, organisation, sees_organisation, manager_id, updated_at, "
          + "updated_by) VALUES (?, ?, ?, ?, ?, ?)", userId, org, sees, manager, now, currentUser.id());
    }
    return new Profile(userId, org, sees, manager);
  }

  /** Whose tickets this person reads: their own, and their organisation's if their profile says so. */
  @Transactional(readOnly = true)
  public Set<String> readableRequesters(String userId) {
    Set<String> people = new LinkedHashSet<>();
    people.add(userId);
    Profile profile = of(userId);
    if (profile.seesOrganisation() && profile.organisation() != null) {
      List<String> colleagues = jdbc.queryForList("SELECT user_id FROM itsm_user_profile WHERE organisation = ?",
          String.class, profile.organisation());
      people.addAll(colleagues);
    }
    return people;
  }

  private void requireUser(String userId, String field) {
    if (engine.call(() -> identity.createUserQuery().userId(userId).count()) == 0) {
      throw new RecordNotFoundException("User", userId, field);
    }
  }
}
