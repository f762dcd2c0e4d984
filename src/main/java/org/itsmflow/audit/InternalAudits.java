package org.itsmflow.audit;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.ActionNotAllowedException;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.ports.NonconformityPort;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.workspace.ViewerTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal audits (ISO 20000 9.2), each run by one instance of process internal-audit whose
 * business key is the audit's id: planned by the process owners with an auditor who does not
 * audit their own work, performed with findings per clause, reported to the process owners, each
 * nonconformity corrected through corrective-action, and closed when the last of them is.
 */
@Service
public class InternalAudits {

  /** Where an audit stands. */
  public enum Status {
    /** Waiting for its planning to start (four weeks before it is due). */
    SCHEDULED,
    PLANNING,
    /** Planned: waiting for the audit's day. */
    PLANNED,
    IN_PROGRESS,
    /** Reported; waiting for its nonconformities to be closed. */
    FOLLOW_UP,
    CLOSED,
    /** Taken out of the programme before it was planned. */
    CANCELLED;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** What an audit found for one clause: conformity, observation, nonconformity or major nonconformity. */
  public record Finding(int position, String clause, String kind, String text, String evidence, String nonconformity,
      String nonconformityStatus) {

    public boolean foundNonconformity() {
      return kind.endsWith("nonconformity");
    }
  }

  public record Audit(String id, String processKey, List<String> clauses, LocalDate dueOn, String status,
      String auditor, LocalDate auditOn, String scope, String criteria, String plannedBy, Instant plannedAt,
      String summary, Instant performedAt, Instant reportedAt, Instant closedAt, Instant cancelledAt,
      Instant createdAt, List<Finding> findings) {

    public long nonconformities() {
      return findings.stream().filter(Finding::foundNonconformity).count();
    }
  }

  static final List<String> KINDS = List.of("conformity", "observation", "nonconformity", "major nonconformity");
  static final int MAX_FINDINGS = 50;

  private final JdbcTemplate jdbc;
  private final RepositoryService repository;
  private final HistoryService history;
  private final IdentityService identity;
  private final EngineAsSystem engine;
  private final NonconformityPort nonconformities;
  private final Notifier notifier;
  private final CurrentUser currentUser;
  private final ViewerTime time;

  InternalAudits(JdbcTemplate jdbc, RepositoryService repository, HistoryService history, IdentityService identity,
      EngineAsSystem engine, NonconformityPort nonconformities, Notifier notifier, CurrentUser currentUser,
      ViewerTime time) {
    this.history = history;
    this.jdbc = jdbc;
    this.repository = repository;
    this.identity = identity;
    this.engine = engine;
    this.nonconformities = nonconformities;
    this.notifier = notifier;
    this.currentUser = currentUser;
    this.time = time;
  }

  /** Every audit, newest first; {@code status} filters (400 naming it for an unknown one). */
  @Transactional(readOnly = true)
  public List<Audit> list(String status) {
    if (status == null || status.isBlank()) {
      return jdbc.query("SELECT * FROM itsm_internal_audit ORDER BY id DESC", (rs, i) -> audit(rs));
    }
    Status s = Fields.oneOf("status", status, Status.class);
    return jdbc.query("SELECT * FROM itsm_internal_audit WHERE status = ? ORDER BY id DESC", (rs, i) -> audit(rs),
        s.name());
  }

  /** One audit with its findings and where their nonconformities stand; 404 naming it. */
  @Transactional(readOnly = true)
  public Audit get(String id) {
    return jdbc.query("SELECT * FROM itsm_internal_audit WHERE id = ?", (rs, i) -> audit(rs), id).stream()
        .findFirst().orElseThrow(() -> new RecordNotFoundException("Internal audit", id));
  }

  /** The audits performed in a period (reported in it), for the management review. */
  @Transactional(readOnly = true)
  public List<Audit> reportedBetween(Instant from, Instant to) {
    return jdbc.query("SELECT * FROM itsm_internal_audit WHERE reported_at >= ? AND reported_at < ? ORDER BY id",
        (rs, i) -> audit(rs), Timestamp.from(from), Timestamp.from(to));
  }

  /** Its planning task was created. */
  @Transactional
  public void planning(String id) {
    move(id, Status.PLANNING, Status.SCHEDULED);
  }

  /**
   * The process owners planned the audit: the auditor (a user who works on none of the audited
   * process's tasks), the day (today or later), scope and criteria; 400 naming the field.
   */
  @Transactional
  public LocalDate plan(String id, String auditor, String auditOn, String scope, String criteria) {
    Audit audit = get(id);
    String checkedAuditor = Fields.text("auditor", auditor, 64);
    if (identity.createUserQuery().userId(checkedAuditor).count() == 0) {
      throw new InvalidFieldException("auditor", "a user that exists: '" + checkedAuditor + "' is none");
    }
    String conflict = ownWork(audit.processKey(), checkedAuditor);
    if (conflict != null) {
      throw new InvalidFieldException("auditor", checkedAuditor + " works in " + audit.processKey() + " (" + conflict
          + "): an auditor does not audit their own work");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(Fields.text("auditOn", auditOn, 40).substring(0, Math.min(10, auditOn.trim().length())));
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new InvalidFieldException("auditOn", "a date such as 2027-01-15");
    }
    if (day.isBefore(LocalDate.ofInstant(EngineClock.now(), time.zone()))) {
      throw new InvalidFieldException("auditOn", "today or later");
    }
    String checkedScope = Fields.text("auditScope", scope, 2000);
    String checkedCriteria = Fields.text("auditCriteria", criteria, 2000);
    jdbc.update("UPDATE itsm_internal_audit SET status = ?, auditor = ?, audit_on = ?, scope = ?, criteria = ?, "
        + "planned_by = ?, planned_at = ? WHERE id = ?", Status.PLANNED.name(), checkedAuditor, Date.valueOf(day),
        checkedScope, checkedCriteria, currentUser.id(), Timestamp.from(EngineClock.now()), id);
    return day;
  }

  /** The first moment of the audit's day, when its task goes to the auditor. */
  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(time.zone()).toInstant();
  }

  /** The audit's day has come: the auditor's task is open. */
  @Transactional
  public void performing(String id) {
    move(id, Status.IN_PROGRESS, Status.PLANNED);
  }

  /**
   * The auditor's findings, one per line ({@code clause; kind; finding; evidence}), at least one for
   * each of the audit's clauses, and the summary; recorded again when the task is completed again.
   */
  @Transactional
  public List<Finding> perform(String id, String findingLines, String summary) {
    Audit audit = get(id);
    List<Finding> findings = findings(findingLines, audit.clauses());
    String checkedSummary = Fields.text("auditSummary", summary, 4000);
    jdbc.update("DELETE FROM itsm_audit_finding WHERE audit_id = ? AND nonconformity IS NULL", id);
    for (Finding f : findings) {
      jdbc.update("INSERT INTO itsm_audit_finding (audit_id, position, clause, kind, text, evidence) "
          + "VALUES (?, ?, ?, ?, ?, ?)", id, f.position(), f.clause(), f.kind(), f.text(), f.evidence());
    }
    jdbc.update("UPDATE itsm_internal_audit SET summary = ?, performed_at = ? WHERE id = ?", checkedSummary,
        Timestamp.from(EngineClock.now()), id);
    return findings;
  }

  /**
   * The report goes to the process owners, and each nonconformity found starts corrective-action
   * (once, however often this runs); whether any was found.
   */
  @Transactional
  public boolean report(String id) {
    Audit audit = get(id);
    List<String> raised = new ArrayList<>();
    for (Finding f : audit.findings()) {
      if (f.foundNonconformity() && f.nonconformity() == null) {
        String number = nonconformities.raiseAuditFinding(shorten("Audit " + id + ", clause " + f.clause() + ": "
            + f.text(), 200), "Found by internal audit " + id + " of " + audit.processKey() + " (finding "
            + f.position() + ", clause " + f.clause() + "): " + f.text()
            + (f.evidence() == null ? "" : "\nEvidence: " + f.evidence()) + "\nThe audit: /audits/" + id,
            f.clause(), f.kind().startsWith("major") ? "major" : "minor", audit.auditor());
        jdbc.update("UPDATE itsm_audit_finding SET nonconformity = ? WHERE audit_id = ? AND position = ?", number, id,
            f.position());
        raised.add(number);
      }
    }
    Audit reported = get(id);
    boolean followUp = reported.nonconformities() > 0;
    jdbc.update("UPDATE itsm_internal_audit SET status = ?, reported_at = COALESCE(reported_at, ?) WHERE id = ?",
        (followUp ? Status.FOLLOW_UP : Status.IN_PROGRESS).name(), Timestamp.from(EngineClock.now()), id);
    notifier.send(new Notification(id + "/reported", RoleGroup.PROCESS_OWNERS.id(), "AUDIT_REPORTED", id,
        "Internal audit " + id + " of " + reported.processKey() + ": " + reported.nonconformities()
            + (reported.nonconformities() == 1 ? " nonconformity" : " nonconformities"), reportText(reported)));
    return followUp;
  }

  /** Whether every nonconformity the audit raised is closed. */
  @Transactional(readOnly = true)
  public boolean nonconformitiesClosed(String id) {
    return get(id).findings().stream().filter(f -> f.nonconformity() != null)
        .allMatch(f -> "closed".equals(f.nonconformityStatus()));
  }

  /** The audit whose finding raised this nonconformity, if one did. */
  @Transactional(readOnly = true)
  public String auditOf(String nonconformity) {
    return jdbc.query("SELECT audit_id FROM itsm_audit_finding WHERE nonconformity = ?", (rs, i) -> rs.getString(1),
        nonconformity).stream().findFirst().orElse(null);
  }

  /** The audit is over: its findings reported, its nonconformities closed. */
  @Transactional
  public Audit close(String id) {
    jdbc.update("UPDATE itsm_internal_audit SET status = ?, closed_at = COALESCE(closed_at, ?) WHERE id = ?",
        Status.CLOSED.name(), Timestamp.from(EngineClock.now()), id);
    return get(id);
  }

  /** A reminder to the auditor whose audit is overdue (one per day at most). */
  @Transactional
  public void remind(String id) {
    Audit audit = get(id);
    LocalDate today = LocalDate.ofInstant(EngineClock.now(), time.zone());
    notifier.send(Notification.toUser(id + "/overdue/" + today, audit.auditor(), "AUDIT_OVERDUE", id,
        "Internal audit " + id + " is overdue", "The audit of " + audit.processKey() + " was planned for "
            + audit.auditOn() + " and is not recorded yet. Record its findings in Tasklist (task \"Perform audit\")."));
  }

  /**
   * How the user works on the audited process, or null when they do not: named on its tasks in its
   * latest model (candidate user, assignee), a member of a candidate group its model names or its
   * tasks were offered to (a decision table may choose the group), or the assignee of one of its
   * tasks.
   */
  String ownWork(String processKey, String user) {
    ProcessDefinition definition = engine.call(() -> repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult());
    if (definition == null) {
      return null;
    }
    BpmnModelInstance model = engine.call(() -> repository.getBpmnModelInstance(definition.getId()));
    Set<String> groups = new TreeSet<>();
    Set<String> users = new TreeSet<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      groups.addAll(literals(task.getCamundaCandidateGroups()));
      users.addAll(literals(task.getCamundaCandidateUsers()));
      users.addAll(literals(task.getCamundaAssignee()));
    }
    if (users.contains(user)) {
      return "named on its tasks";
    }
    Set<String> shared = new TreeSet<>();
    for (Group group : engine.call(() -> identity.createGroupQuery().groupMember(user).list())) {
      if (groups.contains(group.getId()) || engine.call(() -> history.createHistoricIdentityLinkLogQuery()
          .processDefinitionKey(processKey).type(IdentityLinkType.CANDIDATE).groupId(group.getId()).count()) > 0) {
        shared.add(group.getId());
      }
    }
    if (!shared.isEmpty()) {
      return "candidate group " + String.join(", ", shared);
    }
    long worked = engine.call(() -> history.createHistoricTaskInstanceQuery().processDefinitionKey(processKey)
        .taskAssignee(user).count());
    return worked == 0 ? null : "assignee of " + worked + " of its tasks";
  }

  /** The findings of the auditor's text. Pure but for the clause list; 400 naming auditFindings with the line. */
  static List<Finding> findings(String lines, List<String> auditClauses) {
    if (lines == null || lines.isBlank()) {
      throw new InvalidFieldException("auditFindings", "required: one finding per line, e.g. "
          + "'8.6.1; nonconformity; Two major incidents had no review; INC-000042'");
    }
    List<Finding> findings = new ArrayList<>();
    Set<String> covered = new LinkedHashSet<>();
    int lineNumber = 0;
    for (String line : lines.split("\\R")) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(";", 4);
      if (cells.length < 3) {
        throw new InvalidFieldException("auditFindings", "line " + lineNumber
            + ": clause; kind; finding; evidence (optional), separated by semicolons");
      }
      String clause = cells[0].trim();
      if (Clauses.find(clause).isEmpty()) {
        throw new InvalidFieldException("auditFindings", "line " + lineNumber + ": '" + clause
            + "' is not a clause the programme knows (" + String.join(", ", Clauses.all().stream()
                .map(Clauses.Clause::number).toList()) + ")");
      }
      String kind = cells[1].trim().toLowerCase(Locale.ROOT);
      if (!KINDS.contains(kind)) {
        throw new InvalidFieldException("auditFindings", "line " + lineNumber + ": the kind is one of "
            + String.join(", ", KINDS));
      }
      String text = cells[2].trim();
      if (text.length() < 3 || text.length() > 1000) {
        throw new InvalidFieldException("auditFindings", "line " + lineNumber + ": the finding has 3 to 1000 characters");
      }
      String evidence = cells.length == 4 && !cells[3].isBlank() ? cells[3].trim() : null;
      if (evidence != null && evidence.length() > 500) {
        throw new InvalidFieldException("auditFindings", "line " + lineNumber + ": the evidence has at most 500 characters");
      }
      findings.add(new Finding(findings.size() + 1, clause, kind, text, evidence, null, null));
      covered.add(clause);
    }
    if (findings.size() > MAX_FINDINGS) {
      throw new InvalidFieldException("auditFindings", "at most " + MAX_FINDINGS + " findings");
    }
    for (String clause : auditClauses) {
      if (!covered.contains(clause)) {
        throw new InvalidFieldException("auditFindings", "no finding for clause " + clause
            + ", one of the audit's clauses (write a conformity where it conforms)");
      }
    }
    return findings;
  }

  /** The report as the process owners' notification carries it: at most a form's 4,000 characters, the rest counted. */
  static String reportText(Audit audit) {
    List<String> lines = new ArrayList<>();
    lines.add("Internal audit " + audit.id() + " of " + audit.processKey() + " by " + audit.auditor() + " on "
        + audit.auditOn() + ", clauses " + String.join(", ", audit.clauses()) + ". The audit in the workspace: /audits/"
        + audit.id());
    lines.add("");
    lines.add(audit.summary());
    lines.add("");
    lines.add("Findings:");
    for (Finding f : audit.findings()) {
      lines.add(f.position() + ". " + f.clause() + " " + f.kind() + ": " + f.text()
          + (f.evidence() == null ? "" : " (evidence: " + f.evidence() + ")")
          + (f.nonconformity() == null ? "" : " -> " + f.nonconformity()));
    }
    return org.itsmflow.platform.ProcessVariables.shown(lines, "\n");
  }

  private void move(String id, Status to, Status from) {
    if (jdbc.update("UPDATE itsm_internal_audit SET status = ? WHERE id = ? AND status = ?", to.name(), id,
        from.name()) == 0) {
      Audit audit = get(id);
      if (!audit.status().equals(to.id())) {
        throw new ActionNotAllowedException("Internal audit " + id, audit.status(), "move to " + to.id());
      }
    }
  }

  private static List<String> literals(String names) {
    if (names == null || names.contains("${") || names.contains("#{")) {
      return List.of();
    }
    return java.util.Arrays.stream(names.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private Audit audit(ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    List<Finding> findings = jdbc.query("SELECT * FROM itsm_audit_finding WHERE audit_id = ? ORDER BY position",
        (f, i) -> {
          String nc = f.getString("nonconformity");
          return new Finding(f.getInt("position"), f.getString("clause"), f.getString("kind"), f.getString("text"),
              f.getString("evidence"), nc, nc == null ? null : nonconformities.status(nc));
        }, id);
    Date auditOn = rs.getDate("audit_on");
    return new Audit(id, rs.getString("process_key"), List.of(rs.getString("clauses").split(",")),
        rs.getDate("due_on").toLocalDate(), Status.valueOf(rs.getString("status")).id(), rs.getString("auditor"),
        auditOn == null ? null : auditOn.toLocalDate(), rs.getString("scope"), rs.getString("criteria"),
        rs.getString("planned_by"), instant(rs, "planned_at"), rs.getString("summary"), instant(rs, "performed_at"),
        instant(rs, "reported_at"), instant(rs, "closed_at"), instant(rs, "cancelled_at"),
        instant(rs, "created_at"), findings);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
