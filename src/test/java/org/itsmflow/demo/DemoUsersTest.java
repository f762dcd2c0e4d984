package org.itsmflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class DemoUsersTest extends ApplicationTest {

  @Test
  void demoProfileIsNotActiveByDefault() {
    assertThat(engine.getIdentityService().createUserQuery().userId("sd-agent").count()).isZero();
  }

  @Test
  void demoGivesEveryRoleGroupAUserWithTheDocumentedPassword() {
    IdentityService identity = engine.getIdentityService();
    DemoUsers demo = new DemoUsers(identity);
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
    } finally {
      DemoUsers.USERS.forEach(user -> identity.deleteUser(user.id()));
    }
  }
}
