package org.itsmflow.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.itsmflow.portal.RequesterProfiles;
import org.itsmflow.security.RoleGroup;
import org.springframework.boot.ApplicationArguments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Profile "demo" only: one user per role group, all with the password the README documents,
 * for trying ITSM Flow out. Never active by default.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DemoUsers implements ApplicationRunner {

  public static final String PASSWORD = "Try-ItsmFlow-2026";

  record DemoUser(String id, String firstName, String lastName, RoleGroup group) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("sd-agent", "Sam", "Fielding", RoleGroup.SERVICE_DESK),
      new DemoUser("l2-engineer", "Lea", "Kowalski", RoleGroup.SUPPORT_2ND_LEVEL),
      new DemoUser("incident-manager", "Ines", "Moreau", RoleGroup.INCIDENT_MANAGERS),
      new DemoUser("problem-manager", "Priya", "Raman", RoleGroup.PROBLEM_MANAGERS),
      new DemoUser("change-manager", "Carlos", "Mendes", RoleGroup.CHANGE_MANAGERS),
      new DemoUser("cab-member", "Chloe", "Berger", RoleGroup.CAB),
      new DemoUser("release-manager", "Rui", "Tanaka", RoleGroup.RELEASE_MANAGERS),
      new DemoUser("service-owner", "Olga", "Nilsen", RoleGroup.SERVICE_OWNERS),
      new DemoUser("process-owner", "Paul", "Okafor", RoleGroup.PROCESS_OWNERS),
      new DemoUser("auditor", "Ada", "Lindqvist", RoleGroup.AUDITORS));

  /** Employees in no staff group: they use the portal. The team lead approves the employee's orders. */
  static final String EMPLOYEE = "employee";
  static final String TEAM_LEAD = "team-lead";
  static final String ORGANISATION = "Head office";

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;
  private final RequesterProfiles profiles;

  public DemoUsers(IdentityService identityService, RequesterProfiles profiles) {
    this.identityService = identityService;
    this.profiles = profiles;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identityService.isReadOnly()) {
      LOG.warn("Profile demo: no demo users are created, since users come from the directory (ITSM_LDAP_URL)");
      return;
    }
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@demo.itsm-flow.invalid");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(demo.id(), demo.group().id());
    }
    if (identityService.createUserQuery().userId(EMPLOYEE).count() == 0) {
      requester(TEAM_LEAD, "Tara", "Quist");
      requester(EMPLOYEE, "Emil", "Jansen");
      profiles.save(TEAM_LEAD, ORGANISATION, true, null);
      profiles.save(EMPLOYEE, ORGANISATION, false, TEAM_LEAD);
    }
  }

  private void requester(String id, String firstName, String lastName) {
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(id + "@demo.itsm-flow.invalid");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, RoleGroup.REQUESTERS_GROUP);
  }
}
