package org.itsmflow.incident;

import org.itsmflow.security.RoleGroup;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topManagementGroup told of every major incident (ISO 20000 8.6.1); ITSM_INCIDENT_TOP_MANAGEMENT_GROUP
 * @param escalationGroup where functional escalation sends an incident; ITSM_INCIDENT_ESCALATION_GROUP
 * @param autoCloseBusinessDays a resolved incident nobody confirms or reopens closes after this many business days
 */
@ConfigurationProperties("itsm.incident")
public record IncidentProperties(
    String topManagementGroup, String escalationGroup, Integer autoCloseBusinessDays) {

  String topManagement() {
    return topManagementGroup == null ? "incident-managers" : topManagementGroup;
  }

  String escalation() {
    return escalationGroup == null ? "support-2nd-level" : escalationGroup;
  }

  /** Hierarchical escalation: told of breaches; the diagram gives them the intervention task. */
  String managers() {
    return RoleGroup.INCIDENT_MANAGERS.id();
  }

  int autoCloseDays() {
    return autoCloseBusinessDays == null ? 3 : autoCloseBusinessDays;
  }
}
