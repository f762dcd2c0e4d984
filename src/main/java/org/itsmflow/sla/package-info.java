/**
 * Service level management (ISO/IEC 20000-1 8.3.3): business calendars and the SLA clock that
 * measures response and resolution targets in business time. Shared by the incident and
 * service request processes; imports no process package.
 */
package org.itsmflow.sla;
