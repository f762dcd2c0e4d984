package org.itsmflow.notification;

import java.util.Properties;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mail delivery, only when ITSM_SMTP_HOST names a mail server. */
@Configuration
@ConditionalOnProperty(prefix = "itsm.smtp", name = "host")
class MailConfiguration {

  @Bean
  MailChannel mailChannel(MailProperties properties, IdentityService identityService) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(properties.host());
    sender.setPort(properties.portOrDefault());
    sender.setUsername(properties.username());
    sender.setPassword(properties.password());
    Properties javaMail = sender.getJavaMailProperties();
    javaMail.put("mail.smtp.auth", String.valueOf(properties.username() != null));
    javaMail.put("mail.smtp.starttls.enable", String.valueOf(properties.startTls()));
    javaMail.put("mail.smtp.starttls.required", String.valueOf(properties.startTls()));
    javaMail.put("mail.smtp.connectiontimeout", "10000");
    javaMail.put("mail.smtp.timeout", "10000");
    return new MailChannel(sender, identityService, properties.fromOrDefault());
  }
}
