package org.itsmflow.security.directory;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The directory ITSM Flow reads users and groups from (ITSM_LDAP_*, docs/identity.md). Search
 * bases are relative to {@code baseDn}.
 */
@ConfigurationProperties(prefix = "itsm.ldap")
public record DirectoryProperties(String url, String bindDn, String bindPassword, String baseDn, String userSearchBase,
    String userSearchFilter, String userIdAttribute, String userFirstNameAttribute, String userLastNameAttribute,
    String userEmailAttribute, String groupSearchBase, String groupSearchFilter, String groupIdAttribute,
    String groupNameAttribute, String groupMemberAttribute, Path groupMapping) {}
