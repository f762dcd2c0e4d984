package org.itsmflow.mailin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.notification.MailChannel;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.ApiExceptionHandler;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.portal.PortalTickets;
import org.itsmflow.portal.RequesterProfiles;
import org.itsmflow.ports.IncidentReports;
import org.itsmflow.ports.RequesterTickets.Ticket;
import org.itsmflow.record.Attachments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the service desk's mailbox brings (process mail-intake): {@link #collect} keeps each new
 * message by its Message-ID; {@link #handle} then turns one message into a new incident, a comment
 * on the ticket its subject names, a confirmation or a reopening, acting as the person who sent
 * it, with the checks of the portal. Unknown senders, automatic replies and our own mail coming
 * back are dropped and counted, never answered. A message is marked read only after what it
 * caused is committed.
 */
@Service
public class MailIntake {

  /** Process mail-intake's decision table: the service of a new incident from the message. */
  static final String ROUTING_DECISION = "mail-routing";

  private static final Logger LOG = LoggerFactory.getLogger(MailIntake.class);
  private static final Pattern TICKET = Pattern.compile("\\[((?:INC|REQ)-\\d{6})]");
  private static final Pattern CONFIRMS = Pattern.compile(
      "(?i)^\\s*(yes|works|it works|fixed|solved|confirm(ed)?|close it|thanks?|thank you)\\b");
  private static final Pattern REOPENS = Pattern.compile(
      "(?i)^\\s*(reopen|no\\b|not fixed|still|does not work|doesn't work|it does not work)");
  private static final int MAX_DESCRIPTION = 4000;

  private final MailInProperties properties;
  private final Mailbox mailbox;
  private final MailInbox inbox;
  private final PortalTickets tickets;
  private final ServiceCatalogue services;
  private final IdentityService identity;
  private final DecisionService decisions;
  private final EngineAsSystem engine;
  private final Notifier notifier;
  private final ApiExceptionHandler problems;
  private final Attachments attachments;
  private final RequesterProfiles profiles;

  MailIntake(MailInProperties properties, Mailbox mailbox, MailInbox inbox, PortalTickets tickets,
      ServiceCatalogue services, IdentityService identity, DecisionService decisions, EngineAsSystem engine,
      Notifier notifier, ApiExceptionHandler problems, Attachments attachments, RequesterProfiles profiles) {
    this.attachments = attachments;
    this.profiles = profiles;
    this.properties = properties;
    this.mailbox = mailbox;
    this.inbox = inbox;
    this.tickets = tickets;
    this.services = services;
    this.identity = identity;
    this.decisions = decisions;
    this.engine = engine;
    this.notifier = notifier;
    this.problems = problems;
  }

  /**
   * Takes the unread messages: keeps each new one (by its Message-ID) to be handled, and marks
   * read those handled before (a node stopped between committing and marking). Returns the ids
   * of the new ones.
   */
  @Transactional
  public List<Long> collect() {
    if (!properties.enabled()) {
      return List.of();
    }
    List<Long> fresh = new ArrayList<>();
    List<String> handledBefore = new ArrayList<>();
    for (Mailbox.Unread mail : mailbox.unread(properties.batch(), properties.maxSize().toBytes())) {
      String messageId = mail.messageId() != null ? mail.messageId() : syntheticId(mail);
      Optional<Long> kept = inbox.keep(mail, messageId);
      if (kept.isPresent()) {
        fresh.add(kept.get());
      } else if (inbox.handled(messageId)) {
        handledBefore.add(messageId);
      }
    }
    afterCommit(() -> handledBefore.forEach(mailbox::markRead));
    return fresh;
  }

  /** Handles one kept message once: a second run (a retried job) finds it handled and does nothing. */
  @Transactional
  public String handle(long id) {
    Optional<MailInbox.Received> found = inbox.lock(id);
    if (found.isEmpty() || found.get().outcome() != null) {
      return found.map(MailInbox.Received::outcome).orElse("unknown");
    }
    MailInbox.Received mail = found.get();
    Outcome outcome = decide(mail);
    inbox.handled(id, outcome.kind(), outcome.number(), outcome.detail());
    LOG.info("mail-in message={} from={} outcome={} record={} {}", mail.messageId(), mail.sender(), outcome.kind(),
        outcome.number(), outcome.detail() == null ? "" : outcome.detail());
    if (properties.enabled()) {
      afterCommit(() -> mailbox.markRead(mail.messageId()));
    }
    return outcome.kind();
  }

  private record Outcome(String kind, String number, String detail) {}

  private Outcome decide(MailInbox.Received received) {
    if (received.content() == null) {
      return tooLarge(received);
    }
    MailParser.Mail mail;
    try {
      mail = MailParser.parse(received.content(), MailChannel.LOOP_HEADER);
    } catch (MailParser.MalformedMailException e) {
      return new Outcome("malformed", null, e.getMessage());
    }
    if (mail.ours() || (mail.from() != null && mail.from().equalsIgnoreCase(properties.address()))) {
      return new Outcome("loop", null, "our own e-mail came back");
    }
    if (mail.automatic() != null) {
      return new Outcome("auto-reply", null, mail.automatic());
    }
    User sender = mail.from() == null ? null : userByAddress(mail.from());
    if (sender == null) {
      return new Outcome("unknown-sender", null, mail.from() == null ? "no sender" : mail.from());
    }
    return asUser(sender.getId(), () -> act(mail, sender, received.id()));
  }

  /**
   * Everything a message would do is checked before anything is done (the ticket is the sender's
   * and takes this, every file would be taken, there is a service): a message is taken whole or
   * not at all, and a refused one gets an answer that says why.
   */
  private Outcome act(MailParser.Mail mail, User sender, long id) {
    String filesRefused = filesRefused(mail);
    if (filesRefused != null) {
      return refuse(id, sender, mail, filesRefused);
    }
    Matcher number = TICKET.matcher(mail.subject());
    if (number.find()) {
      return reply(number.group(1), mail, sender, id);
    }
    String service = route(mail);
    if (service == null) {
      return refuse(id, sender, mail, "The service desk cannot tell which service your e-mail is about; "
          + "please report it in the portal.");
    }
    String title = mail.subject().isBlank() ? "(no subject)" : cut(clean(mail.subject()), 200);
    String description = mail.text().isBlank() ? "(The e-mail had no text.)" : cut(clean(mail.text()), MAX_DESCRIPTION);
    String created = tickets.report(new IncidentReports.Report(title, description, service, 3, 3, "email"), null);
    attach(created, mail);
    return new Outcome("incident", created, "service " + service);
  }

  /** A reply about a ticket: confirm or reopen by keyword when it waits for that, else a comment. */
  private Outcome reply(String number, MailParser.Mail mail, User sender, long id) {
    Optional<Ticket> found = tickets.find(number)
        .filter(t -> profiles.readableRequesters(sender.getId()).contains(t.requester()));
    if (found.isEmpty()) {
      return refuse(id, sender, mail, "There is no ticket " + number + " of yours.");
    }
    Ticket ticket = found.get();
    String text = mail.text().isBlank() ? "(empty e-mail)" : cut(clean(mail.text()), MAX_DESCRIPTION);
    List<String> allowed = PortalTickets.actions(ticket, ticket.requester().equals(sender.getId()), true);
    if (allowed.contains("reopen") && REOPENS.matcher(text).find()) {
      tickets.reopen(number, text);
      attach(number, mail);
      return new Outcome("reopened", number, null);
    }
    if (allowed.contains("confirm") && CONFIRMS.matcher(text).find()) {
      attach(number, mail);
      tickets.confirm(number);
      return new Outcome("confirmed", number, null);
    }
    if (!allowed.contains("comment")) {
      return refuse(id, sender, mail, number + " is " + ticket.status() + " and takes no more replies.");
    }
    tickets.comment(number, text);
    attach(number, mail);
    return new Outcome("comment", number, null);
  }

  private String filesRefused(MailParser.Mail mail) {
    for (MailParser.File file : mail.files()) {
      try {
        attachments.check(upload(file, mail));
      } catch (RuntimeException refused) {
        return "The file " + file.name() + " cannot be kept: " + problems.describe(refused).getDetail();
      }
    }
    return null;
  }

  private Outcome refuse(long id, User sender, MailParser.Mail mail, String reason) {
    notifier.send(Notification.toUser("mail-in:" + id + ":refused", sender.getId(), "MAIL_REFUSED", null,
        "Your e-mail could not be taken: " + cut(mail.subject(), 150), "Hello " + name(sender) + ",\n\n"
            + "your e-mail \"" + mail.subject() + "\" could not be taken, and nothing of it was kept:\n\n" + reason
            + "\n\nYou can always use the portal. Your service desk\n"));
    return new Outcome("refused", null, reason);
  }

  /** Text as our fields take it: no control characters but line breaks and tabs. */
  static String clean(String text) {
    return text.replace("\r\n", "\n").replaceAll("[\\p{Cc}&&[^\n\t]]|[\\u202A-\\u202E\\u2066-\\u2069]", "");
  }

  private static Attachments.Upload upload(MailParser.File file, MailParser.Mail mail) {
    return new Attachments.Upload(file.name(), file.contentType(), file.content().length,
        new ByteArrayResource(file.content()), null, "From the e-mail " + cut(mail.subject(), 200));
  }

  private void attach(String number, MailParser.Mail mail) {
    for (MailParser.File file : mail.files()) {
      tickets.attach(number, upload(file, mail));
    }
  }

  /** The service mail-routing names, if it exists, else the configured default; null when neither exists. */
  String route(MailParser.Mail mail) {
    String domain = mail.from() == null ? "" : mail.from().substring(mail.from().indexOf('@') + 1);
    DmnDecisionRuleResult result = engine.call(() -> decisions.evaluateDecisionTableByKey(ROUTING_DECISION,
        Variables.createVariables().putValue("subject", mail.subject().toLowerCase(Locale.ROOT))
            .putValue("senderDomain", domain)).getFirstResult());
    String chosen = result == null ? null : result.getEntry("serviceCode");
    if (chosen != null && services.exists(chosen)) {
      return chosen;
    }
    String fallback = properties.defaultService();
    return fallback != null && services.exists(fallback) ? fallback : null;
  }

  private Outcome tooLarge(MailInbox.Received received) {
    String address = received.sender() == null ? null : addressOf(received.sender());
    User sender = address == null ? null : userByAddress(address);
    if (sender == null) {
      return new Outcome("too-large", null, received.size() + " bytes from an unknown sender: not answered");
    }
    notifier.send(Notification.toUser("mail-in:" + received.id() + ":too-large", sender.getId(), "MAIL_REFUSED", null,
        "Your e-mail was too large: " + cut(String.valueOf(received.subject()), 150), "Hello " + name(sender) + ",\n\n"
            + "your e-mail \"" + received.subject() + "\" (" + readable(received.size()) + ") is larger than the "
            + readable(properties.maxSize().toBytes()) + " the service desk takes, so nothing of it was kept.\n\n"
            + "Please send it again without the large files, and add them in the portal or share a link.\n\n"
            + "Your service desk\n"));
    return new Outcome("too-large", null, received.size() + " bytes; the sender was told");
  }

  private User userByAddress(String address) {
    return engine.call(() -> {
      List<User> users = identity.createUserQuery().userEmail(address).list();
      if (users.isEmpty()) {
        users = identity.createUserQuery().userEmailLike(address).list().stream()
            .filter(u -> address.equalsIgnoreCase(u.getEmail())).toList();
      }
      return users.size() == 1 ? users.get(0) : null;
    });
  }

  /** Acts as the sender: the work log, the engine's history and the portal's checks see them. */
  private <T> T asUser(String userId, java.util.function.Supplier<T> work) {
    Authentication before = identity.getCurrentAuthentication();
    List<String> groups = engine.call(() -> identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
    identity.setAuthentication(userId, groups);
    try {
      return work.get();
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }

  private static void afterCommit(Runnable work) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      work.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        try {
          work.run();
        } catch (RuntimeException e) {
          // The next run finds the message handled and marks it read then.
          LOG.warn("mail-in: could not mark a message read now: {}", e.getMessage());
        }
      }
    });
  }

  private static String syntheticId(Mailbox.Unread mail) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(String.valueOf(mail.sender()).getBytes(StandardCharsets.UTF_8));
      sha.update(String.valueOf(mail.subject()).getBytes(StandardCharsets.UTF_8));
      if (mail.raw() != null) {
        sha.update(mail.raw());
      } else {
        sha.update(Long.toString(mail.size()).getBytes(StandardCharsets.UTF_8));
      }
      return "<" + HexFormat.of().formatHex(sha.digest()) + "@no-message-id.itsm-flow>";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String addressOf(String from) {
    Matcher angle = Pattern.compile("<([^>]+)>").matcher(from);
    return (angle.find() ? angle.group(1) : from).strip().toLowerCase(Locale.ROOT);
  }

  private static String name(User user) {
    return user.getFirstName() == null || user.getFirstName().isBlank() ? user.getId() : user.getFirstName();
  }

  private static String readable(long bytes) {
    return org.itsmflow.platform.DataSizes.readable(bytes);
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
