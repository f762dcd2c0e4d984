package org.itsmflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.change.ChangeTemplates;
import org.itsmflow.request.RequestCatalogue;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.sla.BusinessCalendars;
import org.itsmflow.sla.ServiceLevels;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

class DemoUsersTest extends ApplicationTest {

  @Autowired BusinessCalendars calendars;
  @Autowired TransactionTemplate transaction;
  @Autowired ServiceCatalogue services;
  @Autowired ServiceLevels serviceLevels;
  @Autowired ConfigurationItems cis;
  @Autowired ChangeTemplates changeTemplates;
  @Autowired RequestCatalogue requestCatalogue;
  @Autowired org.itsmflow.request.Requests requests;
  @Autowired org.itsmflow.portal.RequesterProfiles profiles;

  @Test
  void demoProfileIsNotActiveByDefault() {
    assertThat(engine.getIdentityService().createUserQuery().userId("sd-agent").count()).isZero();
  }

  @Test
  void demoCatalogueHasThreeServicesWithCalendarsSlasAndCis() {
    // Not a bean without profile demo: built by hand on the shared context's services.
    new DemoCatalogue(calendars, services, serviceLevels, cis, transaction, changeTemplates, requestCatalogue).run(null);
    new DemoCatalogue(calendars, services, serviceLevels, cis, transaction, changeTemplates, requestCatalogue).run(null);

    assertThat(DemoCatalogue.SERVICES).allSatisfy(code -> assertThat(services.exists(code)).isTrue());
    assertThat(services.get("PAYROLL").dependsOn()).containsExactly("HR-PORTAL");
    assertThat(serviceLevels.applicable("EMAIL", 1).resolutionMinutes()).isEqualTo(120);
    assertThat(serviceLevels.applicable("HR-PORTAL", 2).calendarId()).isEqualTo("office-berlin");
    assertThat(cis.list(null, null, "EMAIL")).hasSize(2);
    assertThat(changeTemplates.get("OS-PATCH").active()).isTrue();
    assertThat(requests.item("PAYROLL-ACCESS").approval()).isEqualTo("always");
  }

  @Test
  void demoGivesEveryRoleGroupAUserWithTheDocumentedPassword() {
    IdentityService identity = engine.getIdentityService();
    DemoUsers demo = new DemoUsers(identity, profiles);
    try {
      demo.run(null);
      demo.run(null);

      assertThat(DemoUsers.USERS).extracting(DemoUsers.DemoUser::group).containsExactlyInAnyOrder(RoleGroup.values());
      for (DemoUsers.DemoUser user : DemoUsers.USERS) {
        assertThat(identity.createUserQuery().userId(user.id()).memberOfGroup(user.group().id()).count())
            .as(user.id()).isOne();
      }
      assertThat(rest.withBasicAuth("sd-agent", DemoUsers.PASSWORD).getForEntity("/engine-rest/task", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.OK);
      // Two employees in no staff group use the portal; the team lead approves the employee's orders.
      assertThat(identity.createUserQuery().memberOfGroup(RoleGroup.REQUESTERS_GROUP).list())
          .extracting(u -> u.getId()).contains(DemoUsers.EMPLOYEE, DemoUsers.TEAM_LEAD);
      assertThat(profiles.of(DemoUsers.EMPLOYEE).managerId()).isEqualTo(DemoUsers.TEAM_LEAD);
      assertThat(profiles.readableRequesters(DemoUsers.TEAM_LEAD)).contains(DemoUsers.EMPLOYEE);
      assertThat(rest.withBasicAuth(DemoUsers.EMPLOYEE, DemoUsers.PASSWORD)
          .getForEntity("/api/portal/tickets", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(rest.withBasicAuth(DemoUsers.EMPLOYEE, DemoUsers.PASSWORD)
          .getForEntity("/api/incidents", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    } finally {
      DemoUsers.USERS.forEach(user -> identity.deleteUser(user.id()));
      identity.deleteUser(DemoUsers.EMPLOYEE);
      identity.deleteUser(DemoUsers.TEAM_LEAD);
    }
  }
}
