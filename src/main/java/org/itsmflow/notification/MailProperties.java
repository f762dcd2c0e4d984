package org.itsmflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SMTP delivery of notifications, on when ITSM_SMTP_HOST is set.
 *
 * @param host ITSM_SMTP_HOST
 * @param port ITSM_SMTP_PORT (default 25)
 * @param username ITSM_SMTP_USERNAME, optional
 * @param password ITSM_SMTP_PASSWORD, optional
 * @param from ITSM_SMTP_FROM, the sender address
 * @param startTls ITSM_SMTP_STARTTLS: require STARTTLS
 */
@ConfigurationProperties("itsm.smtp")
public record MailProperties(String host, Integer port, String username, String password, String from, boolean startTls) {

  int portOrDefault() {
    return port == null ? 25 : port;
  }

  String fromOrDefault() {
    return from == null || from.isBlank() ? "itsm-flow@localhost" : from;
  }
}
