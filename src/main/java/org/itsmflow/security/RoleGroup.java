package org.itsmflow.security;

import static org.itsmflow.platform.ProcessCatalog.CHANGE_MANAGEMENT;
import static org.itsmflow.platform.ProcessCatalog.CONTINUAL_IMPROVEMENT;
import static org.itsmflow.platform.ProcessCatalog.CORRECTIVE_ACTION;
import static org.itsmflow.platform.ProcessCatalog.INCIDENT_MANAGEMENT;
import static org.itsmflow.platform.ProcessCatalog.INTERNAL_AUDIT;
import static org.itsmflow.platform.ProcessCatalog.PROBLEM_DETECTION;
import static org.itsmflow.platform.ProcessCatalog.PROBLEM_MANAGEMENT;
import static org.itsmflow.platform.ProcessCatalog.RELEASE_DEPLOYMENT;
import static org.itsmflow.platform.ProcessCatalog.SERVICE_REPORTING;
import static org.itsmflow.platform.ProcessCatalog.SERVICE_REQUEST;
import static org.itsmflow.platform.ProcessCatalog.SLA_CLOCK;

import java.util.List;

/**
 * One Camunda group per ISO/IEC 20000-1 role, with exactly the engine permissions the role
 * needs. Every staff group works in Tasklist; managers read their processes in Cockpit;
 * process owners deploy models; auditors read all history and nothing else.
 */
public enum RoleGroup {
  SERVICE_DESK("service-desk", "Service desk",
      GrantSet.staff().starts(INCIDENT_MANAGEMENT, PROBLEM_MANAGEMENT, SERVICE_REQUEST, CONTINUAL_IMPROVEMENT)),
  SUPPORT_2ND_LEVEL("support-2nd-level", "Support 2nd level",
      GrantSet.staff().starts(INCIDENT_MANAGEMENT, PROBLEM_MANAGEMENT, CHANGE_MANAGEMENT, CONTINUAL_IMPROVEMENT)
          .works(SERVICE_REQUEST, RELEASE_DEPLOYMENT)),
  INCIDENT_MANAGERS("incident-managers", "Incident managers",
      GrantSet.staff().starts(INCIDENT_MANAGEMENT, PROBLEM_MANAGEMENT, CONTINUAL_IMPROVEMENT)
          // sla-clock: the SLA clocks of incidents started before issue 17 (since then, timers of the incident).
          .monitors(INCIDENT_MANAGEMENT, SLA_CLOCK)),
  PROBLEM_MANAGERS("problem-managers", "Problem managers",
      GrantSet.staff().starts(PROBLEM_MANAGEMENT, CHANGE_MANAGEMENT, CONTINUAL_IMPROVEMENT)
          .monitors(PROBLEM_MANAGEMENT, PROBLEM_DETECTION, INCIDENT_MANAGEMENT)),
  CHANGE_MANAGERS("change-managers", "Change managers",
      GrantSet.staff().starts(CHANGE_MANAGEMENT, CONTINUAL_IMPROVEMENT).monitors(CHANGE_MANAGEMENT)),
  CAB("cab", "Change advisory board",
      GrantSet.staff().starts(CHANGE_MANAGEMENT, CONTINUAL_IMPROVEMENT)),
  RELEASE_MANAGERS("release-managers", "Release managers",
      GrantSet.staff().starts(RELEASE_DEPLOYMENT, CHANGE_MANAGEMENT, CONTINUAL_IMPROVEMENT)
          .monitors(RELEASE_DEPLOYMENT, CHANGE_MANAGEMENT)),
  SERVICE_OWNERS("service-owners", "Service owners",
      GrantSet.staff().starts(SERVICE_REQUEST, CHANGE_MANAGEMENT, CONTINUAL_IMPROVEMENT)
          .works(RELEASE_DEPLOYMENT, SERVICE_REPORTING)
          // Their services' SLA deadlines: timers of incidents and requests since issue 17, sla-clock
          // instances for clocks started before.
          .monitors(INCIDENT_MANAGEMENT, SERVICE_REQUEST, SLA_CLOCK)),
  PROCESS_OWNERS("process-owners", "Process owners",
      GrantSet.staff().starts(CONTINUAL_IMPROVEMENT, CORRECTIVE_ACTION).works(INTERNAL_AUDIT).monitorsAll()
          .deploysModels()),
  AUDITORS("auditors", "Auditors",
      // Internal auditors perform the audits they are named for (the task is theirs as assignee).
      GrantSet.staff().auditsAll().works(INTERNAL_AUDIT));

  /** Camunda's built-in administrators' group: full access, including the Admin webapp. */
  public static final String ADMIN_GROUP = "camunda-admin";

  /**
   * Everyone who is in no role group is a requester, member of this group or not: it exists so that
   * administrators can name requesters in the Admin webapp, and is granted nothing in the engine
   * (the portal acts for its members through our API).
   */
  public static final String REQUESTERS_GROUP = "requesters";

  private final String id;
  private final String displayName;
  private final GrantSet grants;

  RoleGroup(String id, String displayName, GrantSet grants) {
    this.id = id;
    this.displayName = displayName;
    this.grants = grants;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  List<Grant> grants() {
    return grants.grants();
  }
}
