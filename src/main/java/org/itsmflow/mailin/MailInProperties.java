package org.itsmflow.mailin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The service desk's mailbox, polled when ITSM_MAIL_IN_HOST is set (docs/requesters.md).
 *
 * @param host ITSM_MAIL_IN_HOST, the IMAP server
 * @param port ITSM_MAIL_IN_PORT (default 993, IMAP over TLS)
 * @param username ITSM_MAIL_IN_USERNAME
 * @param password ITSM_MAIL_IN_PASSWORD
 * @param folder ITSM_MAIL_IN_FOLDER (default INBOX)
 * @param tls ITSM_MAIL_IN_TLS: IMAP over TLS (default true); false only for a server on the same host
 * @param trust ITSM_MAIL_IN_TRUST: hosts whose certificate is trusted without the JVM's trust store
 *     ("*" for all: only for tests)
 * @param address ITSM_MAIL_IN_ADDRESS: the mailbox's own address (mail from it is a loop); default
 *     the user name when it is an address
 * @param defaultService ITSM_MAIL_IN_DEFAULT_SERVICE: the service of a new incident when the
 *     mail-routing decision table names none
 * @param maxSize ITSM_MAIL_IN_MAX_SIZE: larger messages are refused with a reply to the sender (default 25MB)
 * @param batch how many new messages one run takes at most (default 20)
 */
@ConfigurationProperties("itsm.mail-in")
public record MailInProperties(String host, Integer port, String username, String password, String folder,
    Boolean tls, String trust, String address, String defaultService, DataSize maxSize, Integer batch) {

  public MailInProperties {
    folder = folder == null || folder.isBlank() ? "INBOX" : folder;
    tls = tls == null || tls;
    port = port == null ? (tls ? 993 : 143) : port;
    maxSize = maxSize == null ? DataSize.ofMegabytes(25) : maxSize;
    batch = batch == null ? 20 : batch;
    address = address != null && !address.isBlank() ? address
        : username != null && username.contains("@") ? username : null;
  }

  /** Whether a mailbox is configured at all: without it, process mail-intake's timer is suspended. */
  public boolean enabled() {
    return host != null && !host.isBlank();
  }
}
