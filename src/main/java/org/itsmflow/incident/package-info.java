/**
 * Incident management (ISO/IEC 20000-1 8.6.1), processes/incident-management.bpmn: record,
 * classify and prioritise (DMN), assign (DMN), investigate, escalate functionally and
 * hierarchically, major-incident procedure, resolve, confirm and close, under the SLA clock.
 * Roles: service-desk, support-2nd-level, incident-managers.
 */
package org.itsmflow.incident;
