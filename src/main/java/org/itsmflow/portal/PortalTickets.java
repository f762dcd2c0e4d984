package org.itsmflow.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.validation.Text;
import org.itsmflow.ports.IncidentReports;
import org.itsmflow.ports.RequestPort;
import org.itsmflow.ports.RequesterTickets;
import org.itsmflow.ports.RequesterTickets.Ticket;
import org.itsmflow.record.Attachment;
import org.itsmflow.record.Attachments;
import org.itsmflow.record.RecordProcess;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.Visibility;
import org.itsmflow.record.WorkLog;
import org.itsmflow.sla.SlaClocks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The caller's tickets, whichever door they come through (the portal's pages, its API, e-mail):
 * a person reads the tickets they reported and, if their profile says so, their organisation's;
 * anything else does not exist for them (404, so that other people's numbers tell nothing).
 * Only the requester acts on a ticket (confirm, reopen, withdraw, answer, rate); colleagues who
 * may read it may comment.
 */
@Service
public class PortalTickets {

  /**
   * A work log entry the requester may read.
   *
   * @param action {@code work-note} for a comment or note, {@code attachment-added} for a file
   */
  public record Note(Instant at, String by, String action, String text) {}

  /**
   * An SLA target as the requester reads it: whether it runs, is paused, was met or missed.
   *
   * @param dueAt when it is due (while it runs or is paused)
   * @param stoppedAt when it was met or missed (once it stopped)
   */
  public record Target(String name, String state, Instant dueAt, Instant stoppedAt) {}

  /** A file of the ticket the requester may read; {@code href} downloads it. */
  public record File(long id, String fileName, long size, Instant uploadedAt, String uploadedBy, String href) {}

  /**
   * A ticket with what its requester may read and do.
   *
   * @param actions what the caller may do now: comment, attach, confirm, reopen, withdraw, answer, rate
   */
  public record View(String number, String kind, String title, String description, String serviceCode,
      String service, String requester, String status, String statusLabel, String nextStep, List<Target> targets,
      String resolution, Map<String, String> details, Instant createdAt, Instant resolvedAt, Instant closedAt,
      List<Note> notes, List<File> files, List<String> actions, Satisfaction.Rating rating) {}

  /** A comment of the requester: a public work note. */
  record Comment(@Text(max = WorkLog.MAX_TEXT) String text) {}

  static final int LIST_LIMIT = 200;

  private final List<RequesterTickets> types;
  private final RequesterProfiles profiles;
  private final Satisfaction satisfaction;
  private final SlaClocks slaClocks;
  private final WorkLog workLog;
  private final Attachments attachments;
  private final RecordProcess records;
  private final ServiceCatalogue services;
  private final IdentityService identity;
  private final EngineAsSystem engine;
  private final CurrentUser currentUser;
  private final IncidentReports incidents;
  private final RequestPort requests;

  PortalTickets(List<RequesterTickets> types, RequesterProfiles profiles, Satisfaction satisfaction,
      SlaClocks slaClocks, WorkLog workLog, Attachments attachments, RecordProcess records, ServiceCatalogue services,
      IdentityService identity, EngineAsSystem engine, CurrentUser currentUser, IncidentReports incidents,
      RequestPort requests) {
    this.incidents = incidents;
    this.requests = requests;
    this.types = List.copyOf(types);
    this.profiles = profiles;
    this.satisfaction = satisfaction;
    this.slaClocks = slaClocks;
    this.workLog = workLog;
    this.attachments = attachments;
    this.records = records;
    this.services = services;
    this.identity = identity;
    this.engine = engine;
    this.currentUser = currentUser;
  }

  /**
   * Reports an issue for the caller, with an optional file, in one transaction: a file that is
   * refused leaves no incident behind. Returns the incident's number.
   */
  @Transactional
  public String report(IncidentReports.Report report, Attachments.Upload file) {
    String number = incidents.report(report);
    if (file != null) {
      attachments.add(number, publicFile(file));
    }
    return number;
  }

  /** Orders a catalogue item for the caller; their manager (from their profile) approves it if needed. */
  @Transactional
  public String order(String itemCode, Map<String, String> details) {
    return requests.order(itemCode, details, profiles.of(currentUser.id()).managerId());
  }

  /** The tickets the caller may read, newest first; {@code open}: only those not ended (null: all). */
  @Transactional(readOnly = true)
  public List<View> list(Boolean open) {
    Set<String> people = profiles.readableRequesters(currentUser.id());
    Names names = new Names();
    return types.stream().flatMap(type -> type.of(people, LIST_LIMIT).stream())
        .filter(t -> open == null || open != ended(t))
        .sorted(Comparator.comparing(Ticket::createdAt).reversed().thenComparing(Ticket::number, Comparator.reverseOrder()))
        .limit(LIST_LIMIT)
        .map(t -> view(t, false, names))
        .toList();
  }

  /** One ticket the caller may read, with its notes and files; 404 otherwise. */
  @Transactional(readOnly = true)
  public View get(String number) {
    return view(readable(number), true);
  }

  /** Any ticket, whoever asks (for what the application itself tells requesters). */
  public Optional<Ticket> find(String number) {
    return types.stream().filter(type -> number.startsWith(type.prefix() + "-")).findFirst()
        .flatMap(type -> type.find(number));
  }

  /** The ticket as its requester reads it (for e-mails): status, next step, targets, no notes. */
  View asRequester(Ticket ticket) {
    return view(ticket, false);
  }

  /** The ticket if the caller may read it; 404 otherwise. */
  @Transactional(readOnly = true)
  public Ticket readable(String number) {
    String n = Fields.text("number", number, 20).toUpperCase(Locale.ROOT);
    Ticket ticket = types.stream().filter(type -> n.startsWith(type.prefix() + "-")).findFirst()
        .flatMap(type -> type.find(n))
        .filter(t -> profiles.readableRequesters(currentUser.id()).contains(t.requester()) || approves(t))
        .orElseThrow(() -> new RecordNotFoundException("Ticket", n));
    return ticket;
  }

  /** Adds a comment the service desk reads and the requester sees (a public work note). */
  @Transactional
  public void comment(String number, String text) {
    Ticket ticket = readable(number);
    Comment comment = new Comment(text);
    records.addWorkNote(ticket.number(), comment, () -> Fields.trimmed(text), Visibility.PUBLIC.id());
  }

  /** Attaches a file the service desk and the requester see. */
  @Transactional
  public File attach(String number, Attachments.Upload upload) {
    Ticket ticket = readable(number);
    return file(attachments.add(ticket.number(), publicFile(upload)));
  }

  private static Attachments.Upload publicFile(Attachments.Upload upload) {
    return new Attachments.Upload(upload.originalName(), upload.declaredType(), upload.size(), upload.content(),
        Visibility.PUBLIC, upload.description());
  }

  Attachments attachments() {
    return attachments;
  }

  /** A public file of a ticket the caller may read; 404 for any other. */
  @Transactional(readOnly = true)
  public Attachment file(String number, long id) {
    Ticket ticket = readable(number);
    Attachment attachment = attachments.find(ticket.number(), id);
    if (!Visibility.PUBLIC.id().equals(attachment.visibility())) {
      throw new RecordNotFoundException("File", String.valueOf(id));
    }
    return attachment;
  }

  @Transactional
  public void confirm(String number) {
    Ticket ticket = own(number, "confirm");
    type(ticket).confirm(ticket.number());
  }

  @Transactional
  public void reopen(String number, String reason) {
    Ticket ticket = own(number, "reopen");
    type(ticket).reopen(ticket.number(), reason);
  }

  @Transactional
  public void withdraw(String number, String reason) {
    Ticket ticket = own(number, "withdraw");
    type(ticket).withdraw(ticket.number(), reason);
  }

  @Transactional
  public void answer(String number, String answer) {
    Ticket ticket = own(number, "answer");
    type(ticket).answer(ticket.number(), answer);
  }

  @Transactional
  public Satisfaction.Rating rate(String number, Integer rating, String comment) {
    Ticket ticket = own(number, "rate");
    return satisfaction.rate(ticket, rating, comment, currentUser.id());
  }

  /** The requests waiting for the caller's approval as someone's manager, newest first. */
  @Transactional(readOnly = true)
  public List<View> approvals() {
    Names names = new Names();
    return requests.awaitingApprovalBy(currentUser.id()).stream().map(t -> view(t, false, names)).toList();
  }

  /** What an approver decided, and where the request stands now (no longer theirs to read). */
  public record Decision(String number, String decision, String status, String statusLabel) {}

  /** The caller approves or rejects a request that waits for them; 404 for any other. */
  @Transactional
  public Decision decide(String number, String decision, String reason) {
    Ticket ticket = readable(number);
    if (!approves(ticket)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, ticket.number() + " does not wait for "
          + currentUser.id() + "'s approval");
    }
    requests.decide(ticket.number(), decision, reason);
    String status = find(ticket.number()).map(Ticket::status).orElse(ticket.status());
    return new Decision(ticket.number(), decision, status, NextStep.label(status));
  }

  /** Whether the ticket waits for the caller's approval. */
  private boolean approves(Ticket t) {
    return "awaiting-approval".equals(t.status()) && currentUser.id().equals(t.approval());
  }

  /** A ticket the caller reported themselves: 404 if they may not read it, 403 if it is a colleague's. */
  private Ticket own(String number, String action) {
    Ticket ticket = readable(number);
    if (!ticket.requester().equals(currentUser.id())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only " + ticket.requester() + ", who reported "
          + ticket.number() + ", may " + action + " it");
    }
    return ticket;
  }

  private RequesterTickets type(Ticket ticket) {
    return types.stream().filter(type -> ticket.number().startsWith(type.prefix() + "-")).findFirst().orElseThrow();
  }

  private View view(Ticket t, boolean full) {
    return view(t, full, new Names());
  }

  /**
   * Service and group names for one answer: a list of tickets mostly shares a few services and
   * groups, each looked up once.
   */
  private final class Names {
    private final Map<String, String> services = new java.util.HashMap<>();
    private final Map<String, String> groups = new java.util.HashMap<>();

    String service(String code) {
      return services.computeIfAbsent(code, PortalTickets.this::serviceName);
    }

    String group(String id) {
      return groups.computeIfAbsent(id, PortalTickets.this::groupName);
    }
  }

  private View view(Ticket t, boolean full, Names names) {
    Satisfaction.Rating rating = full ? satisfaction.of(t.number()).orElse(null) : null;
    boolean rated = full ? rating != null : satisfaction.of(t.number()).isPresent();
    List<Target> targets = slaClocks.statusIfStarted(t.number()).stream()
        .map(s -> new Target(s.target(), s.state(), s.dueAt(), s.stoppedAt())).toList();
    List<Note> notes = !full ? List.of() : workLog.publicOf(t.number()).stream()
        .map(e -> new Note(e.at(), e.by(), e.action(), e.text())).toList();
    List<File> files = !full ? List.of() : attachments.of(t.number()).stream()
        .filter(a -> Visibility.PUBLIC.id().equals(a.visibility())).map(PortalTickets::file).toList();
    List<String> actions = new ArrayList<>(actions(t, t.requester().equals(currentUser.id()), rated));
    if (approves(t)) {
      actions.add("approve");
    }
    return new View(t.number(), t.kind(), t.title(), t.description(), t.serviceCode(), names.service(t.serviceCode()),
        t.requester(), t.status(), NextStep.label(t.status()), NextStep.of(t, names::group, rated), targets,
        t.resolution(), t.details(), t.createdAt(), t.resolvedAt(), t.closedAt(), notes, files, actions, rating);
  }

  /** What the caller may do with the ticket now; the process still has the last word (409). */
  public static List<String> actions(Ticket t, boolean own, boolean rated) {
    List<String> actions = new ArrayList<>();
    boolean ended = ended(t);
    if (!ended) {
      actions.addAll(List.of("comment", "attach"));
    }
    if (!own) {
      return actions;
    }
    boolean incident = "incident".equals(t.kind());
    if (incident ? "resolved".equals(t.status()) : "fulfilled".equals(t.status())) {
      actions.addAll(List.of("confirm", "reopen"));
    }
    if (!incident && Stream.of("submitted", "awaiting-approval", "in-fulfilment", "awaiting-requester")
        .anyMatch(t.status()::equals)) {
      actions.add("withdraw");
    }
    if ("awaiting-requester".equals(t.status())) {
      actions.add("answer");
    }
    if ("closed".equals(t.status()) && !rated) {
      actions.add("rate");
    }
    return actions;
  }

  static boolean ended(Ticket t) {
    return RecordType.ofNumber(t.number())
        .map(type -> type.isEnded(t.status().toUpperCase(Locale.ROOT).replace('-', '_'))).orElse(false);
  }

  private static File file(Attachment a) {
    return new File(a.id(), a.fileName(), a.size(), a.uploadedAt(), a.uploadedBy(),
        "/portal/tickets/" + a.number() + "/files/" + a.id());
  }

  private String serviceName(String code) {
    return services.exists(code) ? services.get(code).name() : code;
  }

  /** A group's name for people, looked up as the system: a requester may not read the engine's groups. */
  String groupName(String groupId) {
    Group group = engine.call(() -> identity.createGroupQuery().groupId(groupId).singleResult());
    return group == null || group.getName() == null ? groupId : group.getName();
  }
}
