/**
 * Problem management and the known-error database (ISO 20000 8.6.3): processes
 * problem-management and problem-detection, problem and known-error records, their REST API.
 */
package org.itsmflow.problem;
