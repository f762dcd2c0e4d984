package org.itsmflow.audit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.ProcessCatalog;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.RecordNumbers;
import org.itsmflow.workspace.ViewerTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit programme (ISO 20000 9.2): which processes are audited against which clauses, and how
 * often: every 6, 12 or 24 months by their importance (high, medium, low), twice as often after an
 * audit that found a nonconformity. Each process in the programme always has its next audit
 * planned as a timer: an instance of internal-audit waiting for the day its planning starts, four
 * weeks before the audit is due; closing an audit plans the next.
 */
@Service
public class AuditProgramme {

  public static final Map<String, Integer> INTERVAL_MONTHS = Map.of("high", 6, "medium", 12, "low", 24);
  /** How long before its due date an audit's planning starts. */
  static final int PLANNING_LEAD_DAYS = 28;

  /** A process in the programme, with its audit under way or scheduled and the last one closed. */
  public record Entry(String processKey, String processName, List<String> clauses, String importance,
      int intervalMonths, String updatedBy, Instant updatedAt, InternalAudits.Audit next, InternalAudits.Audit last) {}

  /** What the API and the page send: clauses, importance and, optionally, when the next audit is due. */
  public record EntryRequest(List<String> clauses, String importance, String nextDue) {}

  private final JdbcTemplate jdbc;
  private final InternalAudits audits;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final EngineAsSystem engine;
  private final RecordNumbers numbers;
  private final CurrentUser currentUser;
  private final ViewerTime time;

  AuditProgramme(JdbcTemplate jdbc, InternalAudits audits, RepositoryService repository, RuntimeService runtime,
      ManagementService management, EngineAsSystem engine, RecordNumbers numbers, CurrentUser currentUser,
      ViewerTime time) {
    this.jdbc = jdbc;
    this.audits = audits;
    this.repository = repository;
    this.runtime = runtime;
    this.management = management;
    this.engine = engine;
    this.numbers = numbers;
    this.currentUser = currentUser;
    this.time = time;
  }

  @Transactional(readOnly = true)
  public List<Entry> list() {
    return jdbc.query("SELECT process_key FROM itsm_audit_programme ORDER BY process_key", (rs, i) -> rs.getString(1))
        .stream().map(this::entry).toList();
  }

  @Transactional(readOnly = true)
  public Entry get(String processKey) {
    if (jdbc.queryForObject("SELECT count(*) FROM itsm_audit_programme WHERE process_key = ?", Integer.class,
        processKey) == 0) {
      throw new RecordNotFoundException("Audit programme entry", processKey);
    }
    return entry(processKey);
  }

  /** The processes that can be audited: every deployed process but this one. */
  @Transactional(readOnly = true)
  public List<ProcessDefinition> auditable() {
    return engine.call(() -> repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey()
        .asc().list()).stream().filter(d -> !d.getKey().equals(ProcessCatalog.INTERNAL_AUDIT)).toList();
  }

  /**
   * Puts the process into the programme or changes its entry; when it has no audit under way, its
   * next one is scheduled ({@code nextDue}, else in a month); an audit scheduled but not yet in
   * planning takes the new clauses and due date. 400 naming the field.
   */
  @Transactional
  public Entry put(String processKey, EntryRequest request) {
    List<ProcessDefinition> auditable = auditable();
    if (auditable.stream().noneMatch(d -> d.getKey().equals(processKey))) {
      throw new InvalidFieldException("processKey", "a deployed process: one of " + String.join(", ",
          auditable.stream().map(ProcessDefinition::getKey).toList()));
    }
    if (request == null) {
      throw new InvalidFieldException("clauses", "required");
    }
    List<String> clauses = clauses(request.clauses());
    String importance = Fields.oneOf("importance", request.importance(), List.copyOf(INTERVAL_MONTHS.keySet()));
    LocalDate today = LocalDate.ofInstant(EngineClock.now(), time.zone());
    LocalDate nextDue = null;
    if (request.nextDue() != null && !request.nextDue().isBlank()) {
      try {
        nextDue = LocalDate.parse(request.nextDue().trim());
      } catch (DateTimeParseException e) {
        throw new InvalidFieldException("nextDue", "a date such as 2027-03-31");
      }
      if (nextDue.isBefore(today)) {
        throw new InvalidFieldException("nextDue", "today or later");
      }
    }
    int updated = jdbc.update("UPDATE itsm_audit_programme SET clauses = ?, importance = ?, updated_by = ?, "
        + "updated_at = ? WHERE process_key = ?", String.join(",", clauses), importance, currentUser.id(),
        Timestamp.from(EngineClock.now()), processKey);
    if (updated == 0) {
      jdbc.update("INSERT INTO itsm_audit_programme (process_key, clauses, importance, updated_by, updated_at) "
          + "VALUES (?, ?, ?, ?, ?)", processKey, String.join(",", clauses), importance, currentUser.id(),
          Timestamp.from(EngineClock.now()));
    }
    InternalAudits.Audit open = open(processKey);
    if (open == null) {
      schedule(processKey, clauses, nextDue != null ? nextDue : today.plusMonths(1));
    } else if (open.status().equals(InternalAudits.Status.SCHEDULED.id())) {
      LocalDate due = nextDue != null ? nextDue : open.dueOn();
      jdbc.update("UPDATE itsm_internal_audit SET clauses = ?, due_on = ? WHERE id = ?", String.join(",", clauses),
          Date.valueOf(due), open.id());
      Job timer = engine.call(() -> management.createJobQuery().processInstanceId(instance(open.id()).getId())
          .timers().singleResult());
      if (timer != null) {
        engine.run(() -> management.setJobDuedate(timer.getId(), java.util.Date.from(planningFrom(due))));
      }
    }
    return entry(processKey);
  }

  /**
   * Takes the process out of the programme: an audit only scheduled is cancelled (its instance
   * deleted, the audit kept as cancelled); one under way goes on, and no next one follows it.
   */
  @Transactional
  public void remove(String processKey) {
    get(processKey);
    jdbc.update("DELETE FROM itsm_audit_programme WHERE process_key = ?", processKey);
    InternalAudits.Audit open = open(processKey);
    if (open != null && open.status().equals(InternalAudits.Status.SCHEDULED.id())) {
      ProcessInstance instance = instance(open.id());
      if (instance != null) {
        engine.run(() -> runtime.deleteProcessInstance(instance.getId(), "Removed from the audit programme by "
            + currentUser.id()));
      }
      jdbc.update("UPDATE itsm_internal_audit SET status = ?, cancelled_at = ? WHERE id = ?",
          InternalAudits.Status.CANCELLED.name(), Timestamp.from(EngineClock.now()), open.id());
    }
  }

  /**
   * After an audit closed: the process's next audit, one interval after this one was due (half
   * the interval when it found a nonconformity), at the earliest in a month; none when the process
   * left the programme or already has one.
   */
  @Transactional
  public String scheduleNext(InternalAudits.Audit closed) {
    List<Map<String, Object>> entry = jdbc.queryForList("SELECT clauses, importance FROM itsm_audit_programme "
        + "WHERE process_key = ?", closed.processKey());
    if (entry.isEmpty() || open(closed.processKey()) != null) {
      return null;
    }
    int months = interval((String) entry.get(0).get("IMPORTANCE"), closed.nonconformities() > 0);
    LocalDate earliest = LocalDate.ofInstant(EngineClock.now(), time.zone()).plusMonths(1);
    LocalDate due = closed.dueOn().plusMonths(months);
    return schedule(closed.processKey(), List.of(((String) entry.get(0).get("CLAUSES")).split(",")),
        due.isBefore(earliest) ? earliest : due);
  }

  /** The interval for an importance after a result: 6, 12 or 24 months, halved after a nonconformity. Pure. */
  static int interval(String importance, boolean nonconformityFound) {
    int months = INTERVAL_MONTHS.get(importance);
    return nonconformityFound ? Math.max(1, months / 2) : months;
  }

  private String schedule(String processKey, List<String> clauses, LocalDate due) {
    String id = numbers.next("IA");
    jdbc.update("INSERT INTO itsm_internal_audit (id, process_key, clauses, due_on, status, created_at) "
        + "VALUES (?, ?, ?, ?, ?, ?)", id, processKey, String.join(",", clauses), Date.valueOf(due),
        InternalAudits.Status.SCHEDULED.name(), Timestamp.from(EngineClock.now()));
    engine.run(() -> runtime.startProcessInstanceByKey(ProcessCatalog.INTERNAL_AUDIT, id, Variables.createVariables()
        .putValue(InternalAuditVariables.PLANNING_FROM, java.util.Date.from(planningFrom(due)))
        .putValue(org.itsmflow.tasklist.TasklistVariables.RECORD_NUMBER, id)
        .putValue(org.itsmflow.tasklist.TasklistVariables.RECORD_TITLE, "Internal audit of " + processKey)));
    return id;
  }

  /** Four weeks before the audit is due, at the start of that day; now when that has passed. */
  private Instant planningFrom(LocalDate due) {
    Instant from = due.minusDays(PLANNING_LEAD_DAYS).atStartOfDay(time.zone()).toInstant();
    Instant now = EngineClock.now();
    return from.isBefore(now) ? now : from;
  }

  private ProcessInstance instance(String auditId) {
    return engine.call(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(auditId)
        .processDefinitionKey(ProcessCatalog.INTERNAL_AUDIT).singleResult());
  }

  private InternalAudits.Audit open(String processKey) {
    return jdbc.query("SELECT id FROM itsm_internal_audit WHERE process_key = ? AND status NOT IN ('CLOSED', "
        + "'CANCELLED') ORDER BY id DESC", (rs, i) -> rs.getString(1), processKey).stream().findFirst()
        .map(audits::get).orElse(null);
  }

  private Entry entry(String processKey) {
    Map<String, Object> row = jdbc.queryForMap("SELECT * FROM itsm_audit_programme WHERE process_key = ?", processKey);
    InternalAudits.Audit last = jdbc.query("SELECT id FROM itsm_internal_audit WHERE process_key = ? AND status = "
        + "'CLOSED' ORDER BY id DESC", (rs, i) -> rs.getString(1), processKey).stream().findFirst()
        .map(audits::get).orElse(null);
    String importance = (String) row.get("IMPORTANCE");
    ProcessDefinition definition = engine.call(() -> repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult());
    String name = definition == null || definition.getName() == null ? processKey : definition.getName();
    return new Entry(processKey, name, List.of(((String) row.get("CLAUSES")).split(",")), importance,
        interval(importance, last != null && last.nonconformities() > 0), (String) row.get("UPDATED_BY"),
        ((Timestamp) row.get("UPDATED_AT")).toInstant(), open(processKey), last);
  }

  /** One to ten clauses of the catalogue, without repeats, in the catalogue's order. */
  static List<String> clauses(List<String> given) {
    if (given == null || given.isEmpty()) {
      throw new InvalidFieldException("clauses", "at least one clause, e.g. [\"8.6.1\"]");
    }
    Set<String> clauses = new LinkedHashSet<>();
    for (String clause : given) {
      String c = clause == null ? "" : clause.trim();
      if (Clauses.find(c).isEmpty()) {
        throw new InvalidFieldException("clauses", "'" + c + "' is not one of " + String.join(", ",
            Clauses.all().stream().map(Clauses.Clause::number).toList()));
      }
      clauses.add(c);
    }
    if (clauses.size() > 10) {
      throw new InvalidFieldException("clauses", "at most ten clauses per process");
    }
    // In the standard's order, however they were picked.
    List<String> ordered = new ArrayList<>(clauses);
    List<String> catalogue = Clauses.all().stream().map(Clauses.Clause::number).toList();
    ordered.sort(java.util.Comparator.comparingInt(catalogue::indexOf));
    return ordered;
  }
}
