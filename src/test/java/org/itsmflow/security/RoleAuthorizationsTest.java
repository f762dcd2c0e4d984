package org.itsmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

class RoleAuthorizationsTest extends ApplicationTest {

  @Autowired AuthorizationService authorizations;
  @Autowired RoleAuthorizations roleAuthorizations;
  @Autowired AdminAccount adminAccount;

  @ParameterizedTest
  @EnumSource(RoleGroup.class)
  void everyRoleGroupExistsAndMayUseTasklist(RoleGroup role) {
    assertThat(engine.getIdentityService().createGroupQuery().groupId(role.id()).count()).isOne();
    assertThat(allowed(role, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(allowed(role, Permissions.ACCESS, Resources.APPLICATION, "admin")).isFalse();
  }

  @Test
  void serviceDeskStartsIncidentsButNotChanges() {
    assertThat(allowed(RoleGroup.SERVICE_DESK, ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, ProcessCatalog.INCIDENT_MANAGEMENT)).isTrue();
    assertThat(allowed(RoleGroup.SERVICE_DESK, ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, ProcessCatalog.CHANGE_MANAGEMENT)).isFalse();
    assertThat(allowed(RoleGroup.SERVICE_DESK, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
  }

  @Test
  void managersReadTheirProcessesInCockpitWithoutChangingThem() {
    assertThat(allowed(RoleGroup.INCIDENT_MANAGERS, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(allowed(RoleGroup.INCIDENT_MANAGERS, ProcessDefinitionPermissions.READ_HISTORY,
        Resources.PROCESS_DEFINITION, ProcessCatalog.INCIDENT_MANAGEMENT)).isTrue();
    assertThat(allowed(RoleGroup.INCIDENT_MANAGERS, ProcessDefinitionPermissions.UPDATE_INSTANCE,
        Resources.PROCESS_DEFINITION, ProcessCatalog.INCIDENT_MANAGEMENT)).isFalse();
    assertThat(allowed(RoleGroup.INCIDENT_MANAGERS, ProcessDefinitionPermissions.READ_HISTORY,
        Resources.PROCESS_DEFINITION, ProcessCatalog.CHANGE_MANAGEMENT)).isFalse();
  }

  @Test
  void auditorsReadAllHistoryAndChangeNothing() {
    for (String key : List.of(ProcessCatalog.INCIDENT_MANAGEMENT, ProcessCatalog.CHANGE_MANAGEMENT)) {
      assertThat(allowed(RoleGroup.AUDITORS, ProcessDefinitionPermissions.READ_HISTORY,
          Resources.PROCESS_DEFINITION, key)).isTrue();
      assertThat(allowed(RoleGroup.AUDITORS, ProcessDefinitionPermissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, key)).isFalse();
    }
    assertThat(allowed(RoleGroup.AUDITORS, Permissions.READ, Resources.DEPLOYMENT, "any")).isTrue();
    assertThat(allowed(RoleGroup.AUDITORS, Permissions.CREATE, Resources.DEPLOYMENT, "any")).isFalse();
  }

  @Test
  void onlyProcessOwnersOfTheRolesDeployModels() {
    for (RoleGroup role : RoleGroup.values()) {
      assertThat(allowed(role, Permissions.CREATE, Resources.DEPLOYMENT, "*"))
          .as(role.id()).isEqualTo(role == RoleGroup.PROCESS_OWNERS);
    }
  }

  @Test
  void adminIsInTheAdministratorsGroupWithFullAccess() {
    assertThat(engine.getIdentityService().createUserQuery()
        .userId(AdminAccount.USER_ID).memberOfGroup(RoleGroup.ADMIN_GROUP).count()).isOne();
    assertThat(authorizations.isUserAuthorized(AdminAccount.USER_ID, List.of(RoleGroup.ADMIN_GROUP),
        Permissions.ACCESS, Resources.APPLICATION, "admin")).isTrue();
  }

  @Test
  void setUpIsRepeatableWithoutDuplicates() {
    long before = authorizations.createAuthorizationQuery().count();

    roleAuthorizations.ensureGroupsAndGrants();
    adminAccount.ensureAdmin();

    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
  }

  @Test
  void generatedPasswordsMeetTheEnginePasswordPolicy() {
    for (int i = 0; i < 20; i++) {
      String password = adminAccount.generatePassword();
      assertThat(engine.getIdentityService().checkPasswordAgainstPolicy(password).isValid()).as(password).isTrue();
    }
  }

  private boolean allowed(RoleGroup role, Permission permission, Resource resource, String resourceId) {
    return authorizations.isUserAuthorized("someone", List.of(role.id()), permission, resource, resourceId);
  }
}
