/**
 * Notifications to groups (SLA warnings and breaches, major incidents): kept as evidence
 * (ISO/IEC 20000-1 7.5) and readable by their recipients. Shared; imports no process package.
 */
package org.itsmflow.notification;
