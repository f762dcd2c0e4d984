package org.itsmflow.security.directory;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.itsmflow.security.GroupMapping;

/**
 * Camunda's LDAP plugin, configured from {@link DirectoryProperties}, whose sessions are
 * {@link DirectoryIdentityProvider}s: the plugin's users, ITSM Flow's mapped groups.
 */
class DirectoryPlugin extends LdapIdentityProviderPlugin {

  private final GroupMapping mapping;

  DirectoryPlugin(DirectoryProperties properties, GroupMapping mapping) {
    this.mapping = mapping;
    setServerUrl(properties.url());
    setUseSsl(properties.url().strip().toLowerCase(java.util.Locale.ROOT).startsWith("ldaps:"));
    setManagerDn(blankToNull(properties.bindDn()));
    setManagerPassword(blankToNull(properties.bindPassword()));
    setBaseDn(properties.baseDn());
    setUserSearchBase(properties.userSearchBase());
    setUserSearchFilter(properties.userSearchFilter());
    setUserIdAttribute(properties.userIdAttribute());
    setUserFirstnameAttribute(properties.userFirstNameAttribute());
    setUserLastnameAttribute(properties.userLastNameAttribute());
    setUserEmailAttribute(properties.userEmailAttribute());
    setGroupSearchBase(properties.groupSearchBase());
    setGroupSearchFilter(properties.groupSearchFilter());
    setGroupIdAttribute(properties.groupIdAttribute());
    setGroupNameAttribute(properties.groupNameAttribute());
    setGroupMemberAttribute(properties.groupMemberAttribute());
    // Directories that do not sort (or not on these attributes) would otherwise refuse user lists.
    setSortControlSupported(false);
    // An empty password would be an anonymous bind, which many directories accept for anyone.
    setAllowAnonymousLogin(false);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    LdapIdentityProviderFactory sessions = new LdapIdentityProviderFactory() {
      @Override
      public Session openSession() {
        return new DirectoryIdentityProvider(DirectoryPlugin.this, mapping);
      }
    };
    sessions.setLdapConfiguration(this);
    configuration.setIdentityProviderSessionFactory(sessions);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
