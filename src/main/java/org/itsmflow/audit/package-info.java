/**
 * Evidence for auditors (ISO/IEC 20000-1 9.2, 7.5.4: documented information): a record's evidence
 * pack from our tables and the engine's history. Reads the record kernel, the SLA clock and the
 * history; imports no process package.
 */
package org.itsmflow.audit;
