package org.itsmflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mail delivery against a real SMTP server in the test JVM (GreenMail). */
class MailChannelTest extends ApplicationTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final String GROUP = "mail-test-group";

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void groupWithAddresses() {
    IdentityService identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId(GROUP).count() == 0) {
      identity.saveGroup(identity.newGroup(GROUP));
      member(identity, "mail-ada", "ada@example.test");
      member(identity, "mail-bob", "bob@example.test");
      member(identity, "mail-cy", null);
    }
  }

  @Test
  void whenSmtpIsConfiguredTheGroupIsMailedOnceAfterCommit() throws Exception {
    withMail(log -> {
      Notification breach = new Notification("MAIL-1/breach", GROUP, "SLA_BREACH", "MAIL-1",
          "MAIL-1: resolution target breached", "Was due at 09:00.");

      transaction.executeWithoutResult(status -> log.send(breach));
      transaction.executeWithoutResult(status -> log.send(breach));
      transaction.executeWithoutResult(status -> {
        log.send(new Notification("MAIL-2/breach", GROUP, "SLA_BREACH", "MAIL-2", "rolled back", "x"));
        status.setRollbackOnly();
      });
    });

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received).allSatisfy(message -> {
      assertThat(message.getSubject()).isEqualTo("[ITSM Flow] MAIL-1: resolution target breached");
      assertThat(message.getFrom()[0].toString()).isEqualTo("desk@example.test");
    });
    assertThat(inbox("ada@example.test")).isOne();
    assertThat(inbox("bob@example.test")).isOne();
  }

  @Test
  void aNotificationToOnePersonGoesToTheirAddressMarkedAsSentAutomatically() throws Exception {
    withMail(log -> transaction.executeWithoutResult(status -> log.send(Notification.toUser("MAIL-3/recorded",
        "mail-ada", "REQUESTER_RECORDED", "INC-000777", "[INC-000777] We have your issue: Printer", "Hello Ada, é ü"))));

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("ada@example.test");
    assertThat(received[0].getSubject()).isEqualTo("[ITSM Flow] [INC-000777] We have your issue: Printer");
    assertThat(received[0].getHeader("Auto-Submitted")).containsExactly("auto-generated");
    assertThat(received[0].getHeader(MailChannel.LOOP_HEADER)).containsExactly("INC-000777");
    assertThat(((String) received[0].getContent()).trim()).isEqualTo("Hello Ada, é ü");
    assertThat(jdbc.queryForObject("SELECT recipient_user FROM itsm_notification WHERE dedup_key = 'MAIL-3/recorded'",
        String.class)).isEqualTo("mail-ada");
  }

  @Test
  void withoutSmtpHostThereIsNoMailChannel() {
    new ApplicationContextRunner()
        .withUserConfiguration(MailConfiguration.class, Properties.class)
        .withBean(IdentityService.class, engine::getIdentityService)
        .run(context -> assertThat(context).doesNotHaveBean(MailChannel.class));
  }

  /** A notification log with the mail channel the application builds from ITSM_SMTP_* for GreenMail. */
  private void withMail(java.util.function.Consumer<NotificationLog> work) {
    new ApplicationContextRunner()
        .withUserConfiguration(MailConfiguration.class, Properties.class)
        .withBean(IdentityService.class, engine::getIdentityService)
        .withPropertyValues("itsm.smtp.host=localhost", "itsm.smtp.port=" + SMTP.getSmtp().getPort(),
            "itsm.smtp.from=desk@example.test")
        .run(context -> work.accept(new NotificationLog(jdbc, List.of(context.getBean(MailChannel.class)),
            transaction.getTransactionManager())));
  }

  private static int inbox(String email) throws Exception {
    return SMTP.getManagers().getImapHostManager().getInbox(SMTP.getUserManager().getUserByEmail(email))
        .getMessageCount();
  }

  private static void member(IdentityService identity, String id, String email) {
    User user = identity.newUser(id);
    user.setEmail(email);
    identity.saveUser(user);
    identity.createMembership(id, GROUP);
  }

  /** Not a @Configuration: a nested one would replace the application's test context. */
  @EnableConfigurationProperties(MailProperties.class)
  static class Properties {}
}
