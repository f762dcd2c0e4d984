package org.itsmflow.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Moves the running instances of one version of a process to another (Camunda's migration API),
 * after a process owner changed the diagram: the plan maps each activity to the one with the same
 * id; timers keep their due dates and messages their subscriptions; an instance waiting at an
 * activity the target has not is
 * refused with its place, and then none moves. A check first runs the whole migration and rolls it
 * back. The engine's operation log names the administrator.
 */
@Service
public class ModelMigrations {

  /** More than this in one request is a batch for Cockpit's migration view, which runs in jobs. */
  static final int MAX_INSTANCES = 1000;

  /** What a migration request asks: the process, both versions, and whether to move them or only check. */
  public record Request(String processKey, Integer fromVersion, Integer toVersion, Boolean execute) {}

  /**
   * What it did or would do: the instances of the source version, the plan's instructions
   * (source activity to target activity), and whether they moved.
   */
  public record Outcome(String processKey, int fromVersion, int toVersion, long instances,
      List<Map<String, String>> instructions, boolean executed, String message) {}

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final EngineAsSystem engine;
  private final TransactionTemplate transaction;

  ModelMigrations(RepositoryService repository, RuntimeService runtime, EngineAsSystem engine,
      TransactionTemplate transaction) {
    this.repository = repository;
    this.runtime = runtime;
    this.engine = engine;
    this.transaction = transaction;
  }

  /**
   * Checks the migration (execute false or absent: run and rolled back) or runs it. 400 naming the
   * field, 404 for a process or version that does not exist, 409 with each instance and activity
   * that cannot move.
   */
  public Outcome migrate(Request request) {
    if (request == null || request.processKey() == null || request.processKey().isBlank()) {
      throw new InvalidFieldException("processKey", "required: the process's key, e.g. incident-management");
    }
    if (request.fromVersion() == null || request.fromVersion() < 1) {
      throw new InvalidFieldException("fromVersion", "required: the version its instances run on, 1 or more");
    }
    if (request.toVersion() == null || request.toVersion() < 1 || request.toVersion().equals(request.fromVersion())) {
      throw new InvalidFieldException("toVersion", "required: another version of the process, 1 or more");
    }
    ProcessDefinition source = definition(request.processKey(), request.fromVersion(), "fromVersion");
    ProcessDefinition target = definition(request.processKey(), request.toVersion(), "toVersion");
    MigrationPlan plan;
    try {
      // Timers keep their due dates (an incident's SLA deadlines come from its clock, not from
      // the model) and message subscriptions their names: no updateEventTriggers().
      plan = engine.call(() -> runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities()
          .build());
    } catch (MigrationPlanValidationException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "The versions cannot be mapped: " + e.getMessage());
    }
    long instances = engine.call(() -> query(source).count());
    if (instances > MAX_INSTANCES) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, instances + " instances run on version "
          + source.getVersion() + ": more than " + MAX_INSTANCES + " are migrated as a batch in Cockpit");
    }
    boolean execute = Boolean.TRUE.equals(request.execute());
    try {
      transaction.executeWithoutResult(status -> {
        if (instances > 0) {
          engine.run(() -> runtime.newMigration(plan).processInstanceQuery(query(source)).execute());
        }
        if (!execute) {
          status.setRollbackOnly();
        }
      });
    } catch (MigratingProcessInstanceValidationException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Nothing was migrated: " + describe(e));
    } catch (org.camunda.bpm.engine.ProcessEngineException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Nothing was migrated: " + e.getMessage());
    }
    List<Map<String, String>> instructions = new ArrayList<>();
    for (MigrationInstruction instruction : plan.getInstructions()) {
      Map<String, String> mapped = new TreeMap<>();
      mapped.put("source", instruction.getSourceActivityId());
      mapped.put("target", instruction.getTargetActivityId());
      instructions.add(mapped);
    }
    return new Outcome(request.processKey(), source.getVersion(), target.getVersion(), instances, instructions, execute,
        (execute ? "Migrated " : "Checked: ") + instances + " instances of version " + source.getVersion()
            + (execute ? " now run on version " : " can move to version ") + target.getVersion()
            + (execute ? "." : "; send \"execute\": true to move them."));
  }

  private ProcessDefinition definition(String key, int version, String field) {
    ProcessDefinition definition = engine.call(() -> repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .processDefinitionVersion(version).singleResult());
    if (definition == null) {
      throw new RecordNotFoundException("Version " + version + " of process", key, field);
    }
    return definition;
  }

  private ProcessInstanceQuery query(ProcessDefinition source) {
    return runtime.createProcessInstanceQuery().processDefinitionId(source.getId());
  }

  /** Each instance that cannot move, and why, as the engine says it. */
  static String describe(MigratingProcessInstanceValidationException e) {
    MigratingProcessInstanceValidationReport report = e.getValidationReport();
    StringBuilder text = new StringBuilder("instance " + report.getProcessInstanceId());
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      text.append(", waiting at ").append(activity.getSourceScopeId()).append(": ")
          .append(String.join("; ", activity.getFailures()));
    }
    report.getFailures().forEach(f -> text.append("; ").append(f));
    return text.toString();
  }
}
