package org.itsmflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.itsmflow.platform.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

/** The group mapping file an administrator keeps: read, checked, applied. No Spring, no directory. */
class GroupMappingTest {

  private static final String FILE = """
      # Which directory groups give which ITSM Flow group
      service-desk = IT Service Desk, Helpdesk Berlin
      support-2nd-level = Second Level

      camunda-admin = IT Administrators
      change-managers = IT Managers
      problem-managers = IT Managers
      """;

  @Test
  void directoryGroupsGiveTheirItsmGroupsWithoutRegardToCase() {
    GroupMapping mapping = GroupMapping.parse(FILE, "groups.properties", GroupMapping.Source.DIRECTORY);

    assertThat(mapping.roleGroupsOf(List.of("helpdesk berlin", "Canteen"))).containsExactly("service-desk");
    assertThat(mapping.roleGroupsOf(List.of("IT Managers"))).containsExactly("change-managers", "problem-managers");
    assertThat(mapping.roleGroupsOf(List.of("Canteen"))).isEmpty();
    assertThat(mapping.directoryGroups("service-desk")).containsExactly("IT Service Desk", "Helpdesk Berlin");
    assertThat(mapping.directoryGroups("cab")).isEmpty();
    // Every ITSM Flow group exists, with members or not: the models name them.
    assertThat(mapping.roleGroups()).contains("cab", "auditors", "camunda-admin", "requesters");
    assertThat(mapping.isRoleGroup("cab")).isTrue();
    assertThat(mapping.isRoleGroup("IT Service Desk")).isFalse();
  }

  @Test
  void aMappingThatCannotWorkStopsTheStartWithItsLine() {
    assertThatThrownBy(() -> GroupMapping.parse("service-dsk = IT Service Desk\ncamunda-admin = Admins", "g.properties", GroupMapping.Source.DIRECTORY))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("g.properties line 1: 'service-dsk' is no ITSM Flow group");
    assertThatThrownBy(() -> GroupMapping.parse("camunda-admin = Admins\nIT Service Desk", "g.properties", GroupMapping.Source.DIRECTORY))
        .hasMessageContaining("line 2: 'IT Service Desk' is no 'itsm-group = directory group, ...' line");
    assertThatThrownBy(() -> GroupMapping.parse("camunda-admin = ,", "g.properties", GroupMapping.Source.DIRECTORY))
        .hasMessageContaining("'camunda-admin' names no group");
    assertThatThrownBy(() -> GroupMapping.parse("service-desk = IT Service Desk", "g.properties", GroupMapping.Source.DIRECTORY))
        .hasMessageContaining("maps no group to camunda-admin");
    // A sign-in provider's mapping need not: the built-in admin account stays.
    assertThat(GroupMapping.parse("service-desk = desk", "o.properties", GroupMapping.Source.SIGN_IN_PROVIDER)
        .roleGroupsOf(List.of("desk"))).containsExactly("service-desk");
    assertThatThrownBy(() -> GroupMapping.read(null, GroupMapping.Source.DIRECTORY)).hasMessageContaining("ITSM_LDAP_GROUP_MAPPING is not");
    assertThatThrownBy(() -> GroupMapping.read(Path.of("target/no-such-mapping.properties"), GroupMapping.Source.DIRECTORY))
        .hasMessageContaining("cannot read target/no-such-mapping.properties");
  }
}
