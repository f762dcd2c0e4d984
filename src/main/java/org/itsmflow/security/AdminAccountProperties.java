package org.itsmflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param password the password of user "admin" (ITSM_ADMIN_PASSWORD); set on every start
 * @param generatePasswordIfMissing on a single-node H2 install, create a random password on
 *     first start and log it once; off for PostgreSQL, where start-up fails without a password
 */
@ConfigurationProperties("itsm.admin")
public record AdminAccountProperties(String password, boolean generatePasswordIfMissing) {

  public boolean hasPassword() {
    return password != null && !password.isBlank();
  }
}
