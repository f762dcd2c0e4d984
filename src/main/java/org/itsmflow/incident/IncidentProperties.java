package org.itsmflow.incident;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topManagementGroup told of every major incident (ISO 20000 8.6.1); ITSM_INCIDENT_TOP_MANAGEMENT_GROUP
 * @param escalationGroup where functional escalation sends an incident; ITSM_INCIDENT_ESCALATION_GROUP
 * @param managerGroup hierarchical escalation: told of breaches, intervenes; ITSM_INCIDENT_MANAGER_GROUP
 * @param autoCloseBusinessDays a resolved incident nobody confirms or reopens closes after this many business days
 */
@ConfigurationProperties("itsm.incident")
public record IncidentProperties(
    String topManagementGroup, String escalationGroup, String managerGroup, Integer autoCloseBusinessDays) {

  String topManagement() {
    return topManagementGroup == null ? "incident-managers" : topManagementGroup;
  }

  String escalation() {
    return escalationGroup == null ? "support-2nd-level" : escalationGroup;
  }

  String managers() {
    return managerGroup == null ? "incident-managers" : managerGroup;
  }

  int autoCloseDays() {
    return autoCloseBusinessDays == null ? 3 : autoCloseBusinessDays;
  }
}
