package org.itsmflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mails a notification to every member of the recipient group who has an e-mail address, or
 * to the one person it is for. Every message says it was sent automatically (RFC 3834
 * {@code Auto-Submitted}), so that mail systems, and our own e-mail intake, never answer it.
 */
public class MailChannel implements NotificationChannel {

  /** Set on every message we send: our e-mail intake drops what carries it (a mail loop). */
  public static final String LOOP_HEADER = "X-ITSM-Flow";

  private static final Logger LOG = LoggerFactory.getLogger(MailChannel.class);

  private final JavaMailSender sender;
  private final IdentityService identityService;
  private final String from;

  public MailChannel(JavaMailSender sender, IdentityService identityService, String from) {
    this.sender = sender;
    this.identityService = identityService;
    this.from = from;
  }

  @Override
  public void deliver(Notification notification) {
    List<String> addresses = notification.recipientUser() != null ? userAddress(notification.recipientUser())
        : memberAddresses(notification.recipientGroup());
    if (addresses.isEmpty()) {
      LOG.info("notification {}: {} has no e-mail address", notification.dedupKey(), notification.recipient());
      return;
    }
    // A MailException tells NotificationLog to try again later (notification-delivery).
    sender.send(message(notification, addresses));
  }

  /**
   * A document (a monthly report) to a list of addresses, each in blind copy, as a file attached
   * to a short text; marked as sent automatically like every notification. A MailException says
   * the server did not take it (the caller's job is retried).
   */
  public void sendDocument(List<String> addresses, String subject, String text, String fileName, String contentType,
      byte[] content, String reference) {
    MimeMessage mail = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
      helper.setFrom(from);
      helper.setBcc(addresses.toArray(String[]::new));
      helper.setSubject("[ITSM Flow] " + subject);
      helper.setText(text);
      helper.addAttachment(fileName, new org.springframework.core.io.ByteArrayResource(content), contentType);
      mail.setHeader("Auto-Submitted", "auto-generated");
      mail.setHeader(LOOP_HEADER, reference);
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    sender.send(mail);
  }

  private MimeMessage message(Notification notification, List<String> addresses) {
    MimeMessage mail = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
      helper.setFrom(from);
      if (notification.recipientUser() != null) {
        helper.setTo(addresses.get(0));
      } else {
        helper.setBcc(addresses.toArray(String[]::new));
      }
      helper.setSubject("[ITSM Flow] " + notification.subject());
      helper.setText(notification.body());
      mail.setHeader("Auto-Submitted", "auto-generated");
      mail.setHeader(LOOP_HEADER, notification.recordRef() == null ? "notification" : notification.recordRef());
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    return mail;
  }

  private List<String> userAddress(String userId) {
    return asSystem(() -> {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      return user == null || user.getEmail() == null || user.getEmail().isBlank() ? List.of() : List.of(user.getEmail());
    });
  }

  private List<String> memberAddresses(String groupId) {
    return asSystem(() -> identityService.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getEmail)
        .filter(email -> email != null && !email.isBlank())
        .toList());
  }

  /** Looked up as the system: the user whose action caused the notification may not read other users. */
  private List<String> asSystem(java.util.function.Supplier<List<String>> lookup) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
