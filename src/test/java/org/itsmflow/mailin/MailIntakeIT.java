package org.itsmflow.mailin;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.support.StandaloneApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The e-mail channel against real mail servers in the test JVM (GreenMail): the application polls
 * the service desk's mailbox over IMAP with TLS and answers over SMTP, as configured by
 * ITSM_MAIL_IN_* and ITSM_SMTP_*. The job executor is off: each run of mail-intake is its jobs,
 * executed here.
 */
class MailIntakeIT {

  private static final String DESK = "desk@example.test";
  private static final String ANN = "ann@example.test";
  private static final ServerSetup SMTP = ServerSetupTest.SMTP;

  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {SMTP, ServerSetupTest.IMAPS})
      .withPerMethodLifecycle(false);

  @TempDir static Path dataDir;

  private static StandaloneApplication app;
  private static GreenMailUser deskMailbox;
  private static JdbcTemplate jdbc;

  @BeforeAll
  static void start() {
    deskMailbox = MAIL.setUser(DESK, DESK, "Desk-Mailbox-9");
    app = StandaloneApplication.start("mail-in-test", Map.ofEntries(
        Map.entry("ITSM_DATA_DIR", dataDir.toString()),
        Map.entry("ITSM_MAIL_IN_HOST", "localhost"),
        Map.entry("ITSM_MAIL_IN_PORT", String.valueOf(ServerSetupTest.IMAPS.getPort())),
        Map.entry("ITSM_MAIL_IN_USERNAME", DESK),
        Map.entry("ITSM_MAIL_IN_PASSWORD", "Desk-Mailbox-9"),
        // GreenMail's certificate is its own; a real server's is checked against the JVM's trust store.
        Map.entry("ITSM_MAIL_IN_TRUST", "*"),
        Map.entry("ITSM_MAIL_IN_DEFAULT_SERVICE", "DESK"),
        // ITSM_SMTP_* in the environment; as arguments, their property names.
        Map.entry("itsm.smtp.host", "localhost"),
        Map.entry("itsm.smtp.port", String.valueOf(SMTP.getPort())),
        Map.entry("itsm.smtp.from", DESK)));
    jdbc = app.bean(JdbcTemplate.class);
    jdbc.update("INSERT INTO itsm_service (code, name, owner_group, criticality, status, calendar_id) "
        + "VALUES ('DESK', 'Workplace', 'service-owners', 3, 'LIVE', '24x7')");
    IdentityService identity = app.bean(IdentityService.class);
    User ann = identity.newUser("ann");
    ann.setFirstName("Ann");
    ann.setEmail(ANN);
    ann.setPassword("Quiet-Harbour-31");
    identity.saveUser(ann);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void aNewMessageOpensAnIncidentItsReplyBecomesACommentAndEachIsMarkedReadOnlyAfterItsCommit() throws Exception {
    GreenMailUtil.sendAttachmentEmail(DESK, ANN, "Docking station not detected", "Since the update.\n\nAnn",
        "usb log".getBytes(), "text/plain", "usb.txt", "log", SMTP);
    MAIL.waitForIncomingEmail(5000, 1);

    collect();
    assertThat(unread("Docking station not detected")).as("kept, not yet handled: still unread").isTrue();
    handleAll();

    assertThat(unread("Docking station not detected")).isFalse();
    String number = jdbc.queryForObject("SELECT number FROM itsm_incident WHERE title = 'Docking station not detected'",
        String.class);
    assertThat(jdbc.queryForMap("SELECT reported_by, channel, service_code FROM itsm_incident WHERE number = ?", number))
        .containsValues("ann", "email", "DESK");
    assertThat(jdbc.queryForList("SELECT file_name FROM itsm_attachment WHERE number = ?", String.class, number))
        .containsExactly("usb.txt");
    // Ann hears back, by SMTP, with the number in the subject for her reply.
    MimeMessage recorded = mailsTo(ANN).stream().filter(m -> subject(m).contains("[" + number + "] We have your issue"))
        .findFirst().orElseThrow();
    assertThat(recorded.getHeader("Auto-Submitted")).containsExactly("auto-generated");

    GreenMailUtil.sendTextEmail(DESK, ANN, "Re: " + subject(recorded), "It is the left port only.\n\n> quoted", SMTP);
    run();
    assertThat(jdbc.queryForList("SELECT text FROM itsm_work_log WHERE number = ? AND action = 'work-note' "
        + "AND visibility = 'public' AND logged_by = 'ann'", String.class, number))
        .containsExactly("It is the left port only.");
  }

  @Test
  void theSameMessageDeliveredTwiceIsHandledOnceAndBothCopiesAreMarkedRead() throws Exception {
    MimeMessage message = message(ANN, "Monitor flickers", "<twice-1@example.test>");
    deskMailbox.deliver(message);
    deskMailbox.deliver(message(ANN, "Monitor flickers", "<twice-1@example.test>"));

    run();
    run();

    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_incident WHERE title = 'Monitor flickers'", Integer.class))
        .isOne();
    assertThat(unread("Monitor flickers")).isFalse();
  }

  @Test
  void strangersAndOurOwnMailComingBackAreDroppedAndNeverAnswered() throws Exception {
    GreenMailUtil.sendTextEmail(DESK, "stranger@elsewhere.test", "Buy cheap toner", "Best prices", SMTP);
    deskMailbox.deliver(message(DESK, "[ITSM Flow] [INC-000001] We have your issue", "<loop-1@example.test>"));
    int incidents = jdbc.queryForObject("SELECT count(*) FROM itsm_incident", Integer.class);

    run();

    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_incident", Integer.class)).isEqualTo(incidents);
    assertThat(jdbc.queryForList("SELECT outcome FROM itsm_mail_in WHERE subject IN ('Buy cheap toner', "
        + "'[ITSM Flow] [INC-000001] We have your issue') ORDER BY id", String.class))
        .containsExactly("unknown-sender", "loop");
    assertThat(mailsTo("stranger@elsewhere.test")).isEmpty();
  }

  @Test
  void aThirtyMegabyteMessageIsRefusedWithAClearAnswerAndKeepsNothing() throws Exception {
    byte[] scan = new byte[30 * 1024 * 1024];
    Arrays.fill(scan, (byte) 'x');
    GreenMailUtil.sendAttachmentEmail(DESK, ANN, "Signed contract scan", "Attached", scan, "application/pdf",
        "contract.pdf", "scan", SMTP);
    int incidents = jdbc.queryForObject("SELECT count(*) FROM itsm_incident", Integer.class);

    run();

    assertThat(jdbc.queryForObject("SELECT outcome FROM itsm_mail_in WHERE subject = 'Signed contract scan'",
        String.class)).isEqualTo("too-large");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_incident", Integer.class)).isEqualTo(incidents);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM itsm_mail_in WHERE content IS NOT NULL", Integer.class))
        .isZero();
    assertThat(mailsTo(ANN)).extracting(MailIntakeIT::subject)
        .anyMatch(s -> s.contains("Your e-mail was too large: Signed contract scan"));
    assertThat(unread("Signed contract scan")).isFalse();
  }

  private static void run() {
    collect();
    handleAll();
  }

  /** mail-intake's timer fires: the run takes the unread messages. */
  private static void collect() {
    ManagementService management = app.bean(ManagementService.class);
    List<Job> timers = management.createJobQuery().processDefinitionKey(ProcessCatalog.MAIL_INTAKE).timers().active()
        .list();
    assertThat(timers).as("the timer is active where a mailbox is configured").hasSize(1);
    management.executeJob(timers.get(0).getId());
  }

  /** Each kept message's job, as the job executor would run them. */
  private static void handleAll() {
    ManagementService management = app.bean(ManagementService.class);
    List<Job> jobs;
    while (!(jobs = management.createJobQuery().processDefinitionKey(ProcessCatalog.MAIL_INTAKE).messages().list())
        .isEmpty()) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private static boolean unread(String subject) throws Exception {
    boolean found = false;
    for (var stored : MAIL.getManagers().getImapHostManager().getInbox(deskMailbox).getMessages()) {
      if (subject.equals(stored.getMimeMessage().getSubject())) {
        found = true;
        if (!stored.isSet(Flags.Flag.SEEN)) {
          return true;
        }
      }
    }
    assertThat(found).as("the mailbox has " + subject).isTrue();
    return false;
  }

  private static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
      } catch (Exception e) {
        return false;
      }
    }).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A message with the Message-ID given (saving it would make a new one). */
  private static MimeMessage message(String from, String subject, String messageId) throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
      @Override
      protected void updateMessageID() throws jakarta.mail.MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(DESK));
    message.setSubject(subject);
    message.setText("Please help");
    message.saveChanges();
    return message;
  }
}
