package org.itsmflow.notification;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** E-mails a notification to every member of the recipient group who has an e-mail address. */
public class MailChannel implements NotificationChannel {

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
    List<String> addresses = memberAddresses(notification.recipientGroup());
    if (addresses.isEmpty()) {
      LOG.info("notification {}: no member of {} has an e-mail address", notification.dedupKey(),
          notification.recipientGroup());
      return;
    }
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(from);
    mail.setBcc(addresses.toArray(String[]::new));
    mail.setSubject("[ITSM Flow] " + notification.subject());
    mail.setText(notification.body());
    // A MailException tells NotificationLog to try again later (notification-delivery).
    sender.send(mail);
  }

  /** Looked up as the system: the user whose action caused the notification may not read other users. */
  private List<String> memberAddresses(String groupId) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
          .map(User::getEmail)
          .filter(email -> email != null && !email.isBlank())
          .toList();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
