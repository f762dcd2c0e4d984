/**
 * Sign-in with the organisation's directory (LDAP, Active Directory): Camunda's LDAP identity
 * provider reads users and checks passwords; the directory's groups, nested ones included, give
 * the ITSM role groups a mapping file names. Users and groups are read-only then; authorizations
 * stay in the application. On when ITSM_LDAP_URL is set (docs/identity.md).
 */
package org.itsmflow.security.directory;
