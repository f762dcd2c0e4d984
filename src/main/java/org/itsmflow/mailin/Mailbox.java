package org.itsmflow.mailin;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.MessageIDTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.springframework.stereotype.Component;

/** The service desk's mailbox over IMAP (over TLS unless configured otherwise). */
@Component
class Mailbox {

  /**
   * An unread message as the mailbox holds it.
   *
   * @param messageId its Message-ID header, or null when it has none
   * @param raw the whole message (MIME), or null when it is over the size limit
   */
  record Unread(String messageId, String sender, String subject, long size, byte[] raw) {}

  private final MailInProperties properties;

  Mailbox(MailInProperties properties) {
    this.properties = properties;
  }

  /** Up to {@code max} unread messages, oldest first; the mailbox is left unchanged. */
  List<Unread> unread(int max, long maxSize) {
    List<Unread> found = new ArrayList<>();
    withFolder(Folder.READ_ONLY, folder -> {
      Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
      for (int i = 0; i < unread.length && found.size() < max; i++) {
        Message message = unread[i];
        String[] ids = message.getHeader("Message-ID");
        long size = Math.max(message.getSize(), 0);
        byte[] raw = null;
        if (size <= maxSize) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          message.writeTo(bytes);
          raw = bytes.toByteArray();
        }
        String sender = message.getFrom() == null || message.getFrom().length == 0 ? null
            : message.getFrom()[0].toString();
        found.add(new Unread(ids == null || ids.length == 0 ? null : ids[0].strip(), sender, message.getSubject(),
            size, raw));
      }
    });
    return found;
  }

  /** Marks the message read (it was handled); a message no longer there is fine. */
  void markRead(String messageId) {
    withFolder(Folder.READ_WRITE, folder -> {
      for (Message message : folder.search(new MessageIDTerm(messageId))) {
        message.setFlag(Flags.Flag.SEEN, true);
      }
    });
  }

  private interface FolderWork {
    void run(Folder folder) throws MessagingException, IOException;
  }

  private void withFolder(int mode, FolderWork work) {
    String protocol = properties.tls() ? "imaps" : "imap";
    Properties settings = new Properties();
    settings.put("mail.store.protocol", protocol);
    settings.put("mail." + protocol + ".connectiontimeout", "10000");
    settings.put("mail." + protocol + ".timeout", "30000");
    // Reading a message must not mark it read: only its handling, once committed, does.
    settings.put("mail." + protocol + ".peek", "true");
    if (properties.trust() != null && !properties.trust().isBlank()) {
      settings.put("mail." + protocol + ".ssl.trust", properties.trust());
      // "*" trusts any certificate, for a test server: its name is not checked either.
      settings.put("mail." + protocol + ".ssl.checkserveridentity", String.valueOf(!"*".equals(properties.trust().strip())));
    }
    try (Store store = Session.getInstance(settings).getStore(protocol)) {
      store.connect(properties.host(), properties.port(), properties.username(), properties.password());
      Folder folder = store.getFolder(properties.folder());
      folder.open(mode);
      try {
        work.run(folder);
      } finally {
        folder.close(false);
      }
    } catch (MessagingException | IOException e) {
      throw new MailboxUnavailableException(properties.host() + ":" + properties.port() + " " + properties.folder()
          + ": " + e.getMessage(), e);
    }
  }

  /** The mailbox could not be read: the job fails and is tried again (Cockpit shows it after its retries). */
  static final class MailboxUnavailableException extends RuntimeException {
    MailboxUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
