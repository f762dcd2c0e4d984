package org.itsmflow.security;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;

/** Builds a role's grants from what the role does, so RoleGroup reads like a role matrix. */
final class GrantSet {

  private static final String ALL = "*";
  private static final String TASKLIST = "tasklist";
  private static final String COCKPIT = "cockpit";

  private final List<Grant> grants = new ArrayList<>();

  private GrantSet() {}

  /**
   * Works tasks in Tasklist (task permissions come from candidate groups, per task) and sees
   * which groups exist, as records name the groups that own or work them.
   */
  static GrantSet staff() {
    GrantSet set = new GrantSet();
    set.grants.add(Grant.of(APPLICATION, TASKLIST, Permissions.ACCESS));
    set.grants.add(Grant.of(GROUP, ALL, Permissions.READ));
    return set;
  }

  /**
   * May start these processes from Tasklist or our API, and read their instances' variables
   * (Tasklist shows a task's record number, title, priority and SLA due time from them) and
   * history.
   */
  GrantSet starts(String... processKeys) {
    grants.add(Grant.of(PROCESS_INSTANCE, ALL, ProcessInstancePermissions.CREATE));
    for (String key : processKeys) {
      grants.add(Grant.of(PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
    }
    return this;
  }

  /**
   * Works tasks of these processes without starting them: Tasklist shows the process's name and
   * the record's number, title and due time from its instances' variables.
   */
  GrantSet works(String... processKeys) {
    for (String key : processKeys) {
      grants.add(Grant.of(PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
    }
    return this;
  }

  /** Reads these processes' instances and history in Cockpit, without changing them. */
  GrantSet monitors(String... processKeys) {
    grants.add(Grant.of(APPLICATION, COCKPIT, Permissions.ACCESS));
    grants.add(Grant.of(DECISION_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY));
    for (String key : processKeys) {
      grants.add(Grant.of(PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
    }
    return this;
  }

  GrantSet monitorsAll() {
    return monitors(ALL);
  }

  /** Deploys process models (Modeler, our redeploy endpoint). */
  GrantSet deploysModels() {
    grants.add(Grant.of(DEPLOYMENT, ALL, Permissions.CREATE, Permissions.READ));
    grants.add(Grant.of(DECISION_REQUIREMENTS_DEFINITION, ALL, Permissions.READ));
    return this;
  }

  /** Reads every record of the engine's history and the models they ran on; changes nothing. */
  GrantSet auditsAll() {
    monitorsAll();
    grants.add(Grant.of(DEPLOYMENT, ALL, Permissions.READ));
    grants.add(Grant.of(DECISION_REQUIREMENTS_DEFINITION, ALL, Permissions.READ));
    grants.add(Grant.of(OPERATION_LOG_CATEGORY, ALL, UserOperationLogCategoryPermissions.READ));
    return this;
  }

  List<Grant> grants() {
    return List.copyOf(grants);
  }
}
